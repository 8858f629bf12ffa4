package vn.cchc.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.function.Consumer;
import vn.cchc.domain.dossier.ImportJob;
import vn.cchc.domain.dossier.ImportJobAttribute;
import vn.cchc.domain.dossier.ImportJobRepository;
import vn.cchc.domain.dossier.ImportState;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.shared.Criteria;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.shared.Slice;

/**
 * Every method but {@link #changeInTransaction} runs in a transaction of its own: a job's progress is committed while
 * the import's own transaction, which may still roll back, goes on.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JpaImportJobRepository implements ImportJobRepository {

    private static final Listing.Ordering<ImportJob> NEWEST_FIRST = (cb, j) -> List.of(cb.desc(j.get("createdAt")), cb.desc(j.get("id")));

    private static final List<ImportState> UNFINISHED_STATES = Arrays.stream(ImportState.values()).filter(s -> !s.isFinished()).toList();
    private static final Condition UNFINISHED = new Condition.OneOf(ImportJobAttribute.STATE, List.<Object>copyOf(UNFINISHED_STATES));

    @PersistenceContext(unitName = "cchc")
    private EntityManager em;

    protected JpaImportJobRepository() {
        // for CDI
    }

    public JpaImportJobRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Jobs to read: a page's errors are read for the whole page in one statement, when the first job's are touched. Read
     * only, for the errors are embeddables (see {@link Listing#readOnly}).
     */
    private Listing<ImportJob> listing() {
        return new Listing<>(em, Model.IMPORT_JOB, NEWEST_FIRST, List.of("errors")).readOnly();
    }

    /** Jobs to change, each loading its errors when changed. */
    private Listing<ImportJob> changing() {
        return new Listing<>(em, Model.IMPORT_JOB, NEWEST_FIRST, List.of());
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
    public Slice<ImportJob> find(Criteria criteria, PageRequest page) {
        Slice<ImportJob> jobs = listing().page(criteria, page);
        jobs.items().forEach(this::withErrors);
        return jobs;
    }

    @Override
    public long count(Condition condition) {
        return listing().count(condition);
    }

    @Override
    public void change(long id, Consumer<ImportJob> change) {
        change.accept(em.find(ImportJob.class, id));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void changeInTransaction(long id, Consumer<ImportJob> change) {
        change.accept(em.find(ImportJob.class, id));
    }

    @Override
    public int changeUnfinished(Consumer<ImportJob> change) {
        List<ImportJob> unfinished = changing().all(Criteria.where(UNFINISHED));
        unfinished.forEach(change);
        return unfinished.size();
    }

    @Override
    public int renewLeases(String holder, Instant until) {
        // SQL, not JPQL: EclipseLink's bulk JPQL update of a versioned entity advances its version, so a renewal made
        // between a job's read and its commit failed the job's own change with an optimistic-lock conflict
        String states = UNFINISHED_STATES.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
        return em.createNativeQuery("UPDATE IMPORT_JOB SET LEASE_UNTIL = ? WHERE LEASE_HOLDER = ? AND STATE IN (" + states + ")")
                .setParameter(1, LocalDateTime.ofInstant(until, ZoneOffset.UTC))
                .setParameter(2, holder)
                .executeUpdate();
    }

    /** The errors are read before the transaction ends: the views read them after. */
    private ImportJob withErrors(ImportJob job) {
        job.errors().size();
        return job;
    }
}
