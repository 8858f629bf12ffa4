package vn.cchc.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.cchc.domain.ingestion.ProposedFact;
import vn.cchc.domain.ingestion.ReportIngestion;
import vn.cchc.domain.ingestion.ReportIngestionRepository;
import vn.cchc.domain.report.Report;

/** Ingestions in the caller's transaction: a draft made of one commits with the ingestion's new state, or not at all. */
@ApplicationScoped
public class JpaReportIngestionRepository implements ReportIngestionRepository {

    @PersistenceContext(unitName = "cchc")
    private EntityManager em;

    protected JpaReportIngestionRepository() {
        // for CDI
    }

    public JpaReportIngestionRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(ReportIngestion ingestion) {
        em.persist(ingestion);
        em.flush();
    }

    @Override
    public Optional<ReportIngestion> find(long id) {
        return Optional.ofNullable(em.find(ReportIngestion.class, id));
    }

    @Override
    public Map<Long, ReportIngestion> findOfReports(Collection<Report> reports) {
        if (reports.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT i FROM ReportIngestion i WHERE i.report IN :reports", ReportIngestion.class)
                .setParameter("reports", reports).getResultStream()
                .collect(Collectors.toMap(i -> i.report().orElseThrow().id(), i -> i, (a, b) -> a));
    }

    @Override
    public void update(ReportIngestion ingestion) {
        // a review changes the facts' rows alone: the version rises anyway, so that it covers every fact and a
        // concurrent review of the same version fails at commit
        em.lock(ingestion, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
    }

    @Override
    public Optional<ProposedFact> origin(String createdType, long createdId) {
        return origins(createdType, List.of(createdId)).stream().findFirst();
    }

    @Override
    public List<ProposedFact> origins(String createdType, List<Long> createdIds) {
        if (createdIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT f FROM ProposedFact f WHERE f.createdType = :type AND f.createdId IN :ids", ProposedFact.class)
                .setParameter("type", createdType).setParameter("ids", createdIds).getResultList();
    }

    @Override
    public ReportIngestion ingestionOf(ProposedFact fact) {
        return em.createQuery("SELECT i FROM ReportIngestion i JOIN i.facts f WHERE f.id = :id", ReportIngestion.class)
                .setParameter("id", fact.id()).getSingleResult();
    }
}
