package vn.cchc.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.cchc.domain.indicator.Indicator;
import vn.cchc.domain.indicator.IndicatorRepository;

/**
 * Reads, too, run in a transaction: EclipseLink batch-reads the relationships named in the listings (one statement
 * per relationship for a whole page) only for objects read inside one; outside, every row loads them on its own.
 */
@ApplicationScoped
@Transactional
public class JpaIndicatorRepository implements IndicatorRepository {

    @PersistenceContext(unitName = "cchc")
    private EntityManager em;

    protected JpaIndicatorRepository() {
        // for CDI
    }

    public JpaIndicatorRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Indicator> findByCode(String code) {
        return em.createQuery("SELECT i FROM Indicator i WHERE i.code = :code", Indicator.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    @Override
    public List<Indicator> all() {
        // the area order is the enum's (the report's outline), not the alphabet's, so sort here: the catalogue is small
        return em.createQuery("SELECT i FROM Indicator i", Indicator.class).getResultList().stream()
                .sorted(Comparator.comparing(Indicator::area).thenComparing(Indicator::code))
                .toList();
    }

    @Override
    public void add(Indicator indicator) {
        em.persist(indicator);
    }
}
