package vn.cchc.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.cchc.domain.document.Document;
import vn.cchc.domain.document.DocumentAttribute;
import vn.cchc.domain.document.DocumentLink;
import vn.cchc.domain.document.DocumentNumber;
import vn.cchc.domain.document.DocumentRepository;
import vn.cchc.domain.document.PlanTask;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.shared.Criteria;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.shared.ParentSlices;
import vn.cchc.domain.shared.Slice;

/**
 * Reads, too, run in a transaction: EclipseLink batch-reads the relationships named in the listings (one statement
 * per relationship for a whole page) only for objects read inside one; outside, every row loads them on its own.
 */
@ApplicationScoped
@Transactional
public class JpaDocumentRepository implements DocumentRepository {

    private static final Listing.Ordering<Document> ORDER = (cb, d) -> List.of(
            // undated documents after the dated ones, on every database
            cb.asc(cb.selectCase().when(cb.isNull(d.get("issuedOn")), 1).otherwise(0)),
            cb.asc(d.get("issuedOn")),
            cb.asc(d.get("number").get("printed")),
            cb.asc(d.get("id")));

    private static final Listing.Ordering<PlanTask> TASK_ORDER = (cb, t) -> List.of(
            cb.asc(cb.selectCase().when(cb.isNull(t.get("deadline")), 1).otherwise(0)),
            cb.asc(t.get("deadline")),
            cb.asc(t.get("id")));

    @PersistenceContext(unitName = "cchc")
    private EntityManager em;

    protected JpaDocumentRepository() {
        // for CDI
    }

    public JpaDocumentRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Document> findById(long id) {
        return Optional.ofNullable(em.find(Document.class, id));
    }

    @Override
    public List<Document> findByIds(Collection<Long> ids) {
        return em.createQuery("SELECT d FROM Document d WHERE d.id IN :ids", Document.class).setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public List<Document> findByNumber(DocumentNumber number) {
        return em.createQuery("SELECT d FROM Document d WHERE d.number.printed = :printed ORDER BY d.id", Document.class)
                .setParameter("printed", number.printed())
                .getResultList();
    }

    @Override
    public Slice<Document> find(Criteria criteria, PageRequest page) {
        return listing().page(criteria, page);
    }

    @Override
    public ParentSlices<Document> findPerUnit(DocumentAttribute relation, Collection<Long> unitIds, Criteria criteria,
                                              PageRequest page) {
        return listing().pagePerParent(criteria, relation, unitIds, page);
    }

    @Override
    public long count(Condition condition) {
        return listing().count(condition);
    }

    @Override
    public Slice<PlanTask> findTasks(Criteria criteria, PageRequest page) {
        return tasks().page(criteria, page);
    }

    @Override
    public long countTasks(Condition condition) {
        return tasks().count(condition);
    }

    @Override
    public List<DocumentLink> findLinksTo(Collection<Document> targets) {
        if (targets.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT l FROM DocumentLink l WHERE l.target IN :targets ORDER BY l.id", DocumentLink.class)
                .setParameter("targets", targets)
                .getResultList();
    }

    @Override
    public void add(Document document) {
        em.persist(document);
    }

    @Override
    public void update(Document document) {
        // a change to the parts alone (links, a plan's tasks) leaves the document's row as it was: its version rises
        // anyway, so that it covers the whole document and a concurrent change to the parts fails at commit
        em.lock(document, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
    }

    private Listing<Document> listing() {
        return new Listing<>(em, Model.DOCUMENT, ORDER, List.of("issuer", "drafter", "links", "links.target", "tasks", "tasks.leadUnit",
                "tasks.coordinatingUnits", "links.target.tasks", "links.target.tasks.leadUnit", "links.target.tasks.coordinatingUnits"));
    }

    /** Tasks across plans, with what the API shows of each read for the whole page: the plan and its units, the task's units. */
    private Listing<PlanTask> tasks() {
        return new Listing<>(em, Model.PLAN_TASK, TASK_ORDER, List.of("plan", "plan.issuer", "plan.drafter", "leadUnit",
                "coordinatingUnits"));
    }
}
