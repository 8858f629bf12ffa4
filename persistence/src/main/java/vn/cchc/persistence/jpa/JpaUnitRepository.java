package vn.cchc.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.shared.ParentSlices;
import vn.cchc.domain.shared.Slice;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitCriteria;
import vn.cchc.domain.unit.UnitRepository;
import vn.cchc.domain.unit.UnitScope;

/**
 * Reads, too, run in a transaction: EclipseLink batch-reads the relationships named in the listings (one statement
 * per relationship for a whole page) only for objects read inside one; outside, every row loads them on its own.
 */
@ApplicationScoped
@Transactional
public class JpaUnitRepository implements UnitRepository {

    private static final Listing.Ordering<Unit> BY_CODE = (cb, u) -> List.of(cb.asc(u.get("code")));

    @PersistenceContext(unitName = "cchc")
    private EntityManager em;

    protected JpaUnitRepository() {
        // for CDI
    }

    public JpaUnitRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Unit> findByCode(String code) {
        return em.createQuery("SELECT u FROM Unit u WHERE u.code = :code", Unit.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    @Override
    public List<Unit> findByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT u FROM Unit u WHERE u.id IN :ids", Unit.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public Slice<Unit> find(UnitCriteria criteria, PageRequest page) {
        return listing().page(filter(criteria), BY_CODE, page);
    }

    @Override
    public ParentSlices<Unit> findChildren(Collection<Long> parentIds, PageRequest page) {
        return listing().pagePerParent(filter(UnitCriteria.any()), BY_CODE, "parent", parentIds, page);
    }

    @Override
    public long count(UnitCriteria criteria) {
        return listing().count(filter(criteria));
    }

    @Override
    public void add(Unit unit) {
        em.persist(unit);
    }

    private Listing<Unit> listing() {
        return new Listing<>(em, Unit.class, List.of("parent"));
    }

    private Listing.Filter<Unit> filter(UnitCriteria c) {
        return (cb, u) -> {
            List<Predicate> where = new ArrayList<>();
            if (c.parentCode() != null) {
                where.add(cb.equal(u.join("parent").get("code"), c.parentCode()));
            }
            where.addAll(listing().inScope(cb, u, new UnitScope(c.withinCode(), c.kind())));
            if (c.openOn() != null) {
                where.add(cb.or(cb.isNull(u.get("validFrom")), cb.lessThanOrEqualTo(u.get("validFrom"), c.openOn())));
                where.add(cb.or(cb.isNull(u.get("validTo")), cb.greaterThanOrEqualTo(u.get("validTo"), c.openOn())));
            }
            Listing.matching(cb, u, c.search()).ifPresent(where::add);
            return where;
        };
    }
}
