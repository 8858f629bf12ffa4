package vn.cchc.application.ingestion;

import java.util.List;
import java.util.Map;
import vn.cchc.domain.ingestion.FactDecision;

/** What the ingestion's use cases take. */
public final class IngestionCommands {

    private IngestionCommands() {
    }

    /**
     * Take a file in for a unit (ingestReport, {@code POST /ingest/reports}).
     *
     * @param charset the charset of a text file when the uploader knows it; null to detect it
     */
    public record Upload(String unitCode, String fileName, byte[] content, String charset) {
    }

    /** Decide on some facts (reviewReportIngestion); {@code acceptRest} accepts every fact still undecided after them. */
    public record Review(long ingestionId, long version, List<FactReview> facts, boolean acceptRest) {
    }

    /**
     * One fact's decision; values given replace the proposed ones (an edit), and the fact is then accepted.
     *
     * @param fact the fact's ordinal in the proposal
     */
    public record FactReview(int fact, FactDecision decision, Map<String, String> values) {
    }

    /** Make the draft report of the accepted facts (draftReportFromIngestion). */
    public record MakeDraft(long ingestionId, long version) {
    }
}
