package vn.cchc.domain.ingestion;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cchc.domain.report.Report;

/** Ingestions with their facts and their files. */
public interface ReportIngestionRepository {

    void add(ReportIngestion ingestion);

    Optional<ReportIngestion> find(long id);

    /**
     * The files these reports were drafted from, by report id, for those that were (a report's own draft, not a later
     * correction of it).
     */
    Map<Long, ReportIngestion> findOfReports(Collection<Report> reports);

    /** Keeps a review: the ingestion's version rises, whichever of its facts changed. */
    void update(ReportIngestion ingestion);

    /** The fact that became the row of this type and id: where a figure or a document came from. */
    Optional<ProposedFact> origin(String createdType, long createdId);

    /** The same for many rows at once, by id. */
    List<ProposedFact> origins(String createdType, List<Long> createdIds);

    /** The ingestion a fact belongs to. */
    ReportIngestion ingestionOf(ProposedFact fact);
}
