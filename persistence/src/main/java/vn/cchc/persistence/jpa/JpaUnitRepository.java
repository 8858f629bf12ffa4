package vn.cchc.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.shared.Criteria;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.shared.ParentSlices;
import vn.cchc.domain.shared.Slice;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitAttribute;
import vn.cchc.domain.unit.UnitRepository;

/**
 * Reads, too, run in a transaction: EclipseLink batch-reads the relationships named in the listings (one statement
 * per relationship for a whole page) only for objects read inside one; outside, every row loads them on its own.
 */
@ApplicationScoped
@Transactional
public class JpaUnitRepository implements UnitRepository {

    static final Listing.Ordering<Unit> BY_CODE = (cb, u) -> List.of(cb.asc(u.get("code")));

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
    public Slice<Unit> find(Criteria criteria, PageRequest page) {
        return listing().page(criteria, page);
    }

    @Override
    public ParentSlices<Unit> findChildren(Collection<Long> parentIds, Criteria criteria, PageRequest page) {
        return listing().pagePerParent(criteria, UnitAttribute.PARENT, parentIds, page);
    }

    @Override
    public long count(Condition condition) {
        return listing().count(condition);
    }

    @Override
    public void add(Unit unit) {
        em.persist(unit);
    }

    @Override
    public void update(Unit unit) {
        em.flush();
    }

    /** Every unit matching the condition, by code, in one statement: for the few units statistics are asked for. */
    List<Unit> allByCode(Condition condition) {
        return new Listing<>(em, Model.UNIT, BY_CODE, List.of()).all(Criteria.where(condition));
    }

    private Listing<Unit> listing() {
        return new Listing<>(em, Model.UNIT, BY_CODE, List.of("parent"));
    }
}
