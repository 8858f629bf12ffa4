package vn.cchc.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import vn.cchc.domain.indicator.Observation;
import vn.cchc.domain.indicator.ObservationAttribute;
import vn.cchc.domain.indicator.ObservationRepository;
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
public class JpaObservationRepository implements ObservationRepository {

    private static final Listing.Ordering<Observation> ORDER = (cb, o) -> List.of(
            cb.asc(o.get("period").get("year")),
            cb.asc(o.get("period").get("type")),
            cb.asc(o.get("period").get("number")),
            cb.asc(o.join("indicator").get("code")),
            cb.asc(o.join("unit").get("code")),
            cb.asc(o.get("breakdownKey")),
            cb.asc(o.get("id")));

    @PersistenceContext(unitName = "cchc")
    private EntityManager em;

    protected JpaObservationRepository() {
        // for CDI
    }

    public JpaObservationRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Slice<Observation> find(Criteria criteria, PageRequest page) {
        return listing().page(criteria, page);
    }

    @Override
    public ParentSlices<Observation> findPerParent(ObservationAttribute parent, Collection<Long> parentIds, Criteria criteria,
                                                   PageRequest page) {
        return listing().pagePerParent(criteria, parent, parentIds, page);
    }

    @Override
    public long count(Condition condition) {
        return listing().count(condition);
    }

    @Override
    public void add(Observation observation) {
        em.persist(observation);
    }

    private Listing<Observation> listing() {
        return new Listing<>(em, Model.OBSERVATION, ORDER, List.of("indicator", "unit", "report", "breakdown"));
    }
}
