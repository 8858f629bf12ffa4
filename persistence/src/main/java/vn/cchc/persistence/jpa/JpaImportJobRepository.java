package vn.cchc.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import vn.cchc.domain.dossier.ImportJob;
import vn.cchc.domain.dossier.ImportJobRepository;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.shared.Slice;

/**
 * Every method runs in a transaction of its own: a job's progress is committed while the import's own transaction,
 * which may still roll back, goes on.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JpaImportJobRepository implements ImportJobRepository {

    @PersistenceContext(unitName = "cchc")
    private EntityManager em;

    protected JpaImportJobRepository() {
        // for CDI
    }

    public JpaImportJobRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(ImportJob job) {
        em.persist(job);
    }

    @Override
    public Optional<ImportJob> find(long id) {
        return Optional.ofNullable(em.find(ImportJob.class, id)).map(this::withErrors);
    }

    @Override
    public Slice<ImportJob> find(String startedBy, PageRequest page) {
        TypedQuery<ImportJob> query = em.createQuery("SELECT j FROM ImportJob j"
                + (startedBy == null ? "" : " WHERE j.startedBy = :who") + " ORDER BY j.createdAt DESC, j.id DESC", ImportJob.class);
        if (startedBy != null) {
            query.setParameter("who", startedBy);
        }
        List<ImportJob> rows = query.setFirstResult(page.offset()).setMaxResults(page.limit() + 1).getResultList();
        rows.forEach(this::withErrors);
        return Slice.fromOverfetch(rows, page);
    }

    @Override
    public long count(String startedBy) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(j) FROM ImportJob j"
                + (startedBy == null ? "" : " WHERE j.startedBy = :who"), Long.class);
        if (startedBy != null) {
            query.setParameter("who", startedBy);
        }
        return query.getSingleResult();
    }

    @Override
    public void change(long id, Consumer<ImportJob> change) {
        change.accept(em.find(ImportJob.class, id));
    }

    /** The errors are read before the transaction ends: the views read them after. */
    private ImportJob withErrors(ImportJob job) {
        job.errors().size();
        return job;
    }
}
