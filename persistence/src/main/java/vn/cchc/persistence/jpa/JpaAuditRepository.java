package vn.cchc.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.domain.audit.AuditEntry;
import vn.cchc.domain.audit.AuditRepository;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.shared.Criteria;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.shared.Slice;

/** The audit trail, newest entry first. */
@ApplicationScoped
@Transactional
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext(unitName = "cchc")
    private EntityManager em;

    protected JpaAuditRepository() {
        // for CDI
    }

    public JpaAuditRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * In two statements: the page's ids in order, then their rows. Derby cannot sort rows that carry large objects
     * (the before and after states), so the sorted statement reads the ids alone.
     */
    @Override
    public Slice<AuditEntry> find(Criteria criteria, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> ids = cb.createQuery(Long.class);
        Root<AuditEntry> a = ids.from(AuditEntry.class);
        Where where = new Where(cb);
        ids.select(a.get("id")).where(where.of(criteria.condition(), Model.AUDIT, a, ids))
                .orderBy(where.order(criteria.order(), Model.AUDIT, a, List.of(cb.desc(a.get("recordedAt")), cb.desc(a.get("id")))));
        List<Long> pageIds = em.createQuery(ids).setFirstResult(page.offset()).setMaxResults(page.limit() + 1).getResultList();
        if (pageIds.isEmpty()) {
            return Slice.fromOverfetch(List.of(), page);
        }
        Map<Long, AuditEntry> rows = new HashMap<>();
        em.createQuery("SELECT a FROM AuditEntry a WHERE a.id IN :ids", AuditEntry.class).setParameter("ids", pageIds)
                .getResultList().forEach(e -> rows.put(e.id(), e));
        return Slice.fromOverfetch(pageIds.stream().map(rows::get).toList(), page);
    }

    @Override
    public long count(Condition condition) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<AuditEntry> a = q.from(AuditEntry.class);
        q.select(cb.count(a)).where(new Where(cb).of(condition, Model.AUDIT, a, q));
        return em.createQuery(q).getSingleResult();
    }

    @Override
    public void add(AuditEntry entry) {
        em.persist(entry);
    }
}
