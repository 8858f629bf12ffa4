package vn.cchc.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.domain.audit.AuditCriteria;
import vn.cchc.domain.audit.AuditEntry;
import vn.cchc.domain.audit.AuditRepository;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.shared.Slice;
import vn.cchc.domain.unit.UnitScope;

/** The audit trail, newest entry first. */
@ApplicationScoped
@Transactional
public class JpaAuditRepository implements AuditRepository {

    private static final Listing.Ordering<AuditEntry> NEWEST_FIRST = (cb, a) -> List.of(
            cb.desc(a.get("recordedAt")), cb.desc(a.get("id")));

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
    public Slice<AuditEntry> find(AuditCriteria criteria, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> ids = cb.createQuery(Long.class);
        Root<AuditEntry> a = ids.from(AuditEntry.class);
        ids.select(a.get("id")).where(filter(criteria).where(cb, a).toArray(Predicate[]::new)).orderBy(NEWEST_FIRST.orderBy(cb, a));
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
    public long count(AuditCriteria criteria) {
        return listing().count(filter(criteria));
    }

    @Override
    public void add(AuditEntry entry) {
        em.persist(entry);
    }

    private Listing<AuditEntry> listing() {
        return new Listing<>(em, AuditEntry.class, List.of("unit"));
    }

    private Listing.Filter<AuditEntry> filter(AuditCriteria c) {
        return (cb, a) -> {
            List<Predicate> where = new ArrayList<>();
            if (c.unitCode() != null) {
                where.add(cb.equal(a.join("unit").get("code"), c.unitCode()));
            }
            if (c.withinCode() != null) {
                where.addAll(listing().inScope(cb, a.join("unit"), new UnitScope(c.withinCode(), null)));
            }
            if (c.entityType() != null) {
                where.add(cb.equal(a.get("entityType"), c.entityType()));
            }
            if (c.entityId() != null) {
                where.add(cb.equal(a.get("entityId"), c.entityId()));
            }
            if (c.period() != null) {
                where.add(cb.equal(a.get("period").get("year"), c.period().year()));
                where.add(cb.equal(a.get("period").get("type"), c.period().type()));
                where.add(cb.equal(a.get("period").get("number"), c.period().number()));
            }
            if (c.from() != null) {
                where.add(cb.greaterThanOrEqualTo(a.get("recordedAt"), LocalDateTime.ofInstant(c.from(), ZoneOffset.UTC)));
            }
            if (c.to() != null) {
                where.add(cb.lessThan(a.get("recordedAt"), LocalDateTime.ofInstant(c.to(), ZoneOffset.UTC)));
            }
            return where;
        };
    }
}
