package vn.cchc.domain.ingestion;

import java.util.List;
import java.util.Optional;
import vn.cchc.domain.report.Report;

/** Ingestions with their facts and their files. */
public interface ReportIngestionRepository {

    void add(ReportIngestion ingestion);

    Optional<ReportIngestion> find(long id);

    /** The file the report was drafted from, if it was (the report's own draft, not a later correction of it). */
    Optional<ReportIngestion> findOfReport(Report report);

    /** Keeps a review: the ingestion's version rises, whichever of its facts changed. */
    void update(ReportIngestion ingestion);

    /** The fact that became the row of this type and id: where a figure or a document came from. */
    Optional<ProposedFact> origin(String createdType, long createdId);

    /** The same for many rows at once, by id. */
    List<ProposedFact> origins(String createdType, List<Long> createdIds);

    /** The ingestion a fact belongs to. */
    ReportIngestion ingestionOf(ProposedFact fact);
}
