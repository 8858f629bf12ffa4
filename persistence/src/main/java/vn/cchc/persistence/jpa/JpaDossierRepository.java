package vn.cchc.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.cchc.domain.dossier.Dossier;
import vn.cchc.domain.dossier.DossierAttribute;
import vn.cchc.domain.dossier.DossierRepository;
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
public class JpaDossierRepository implements DossierRepository {

    private static final Listing.Ordering<Dossier> ORDER = (cb, d) -> List.of(
            cb.asc(d.get("receivedOn")),
            cb.asc(d.join("unit").get("code")),
            cb.asc(d.get("code")),
            cb.asc(d.get("id")));

    @PersistenceContext(unitName = "cchc")
    private EntityManager em;

    protected JpaDossierRepository() {
        // for CDI
    }

    public JpaDossierRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Dossier> findByCode(String unitCode, String code) {
        return em.createQuery("SELECT d FROM Dossier d WHERE d.unit.code = :unit AND d.code = :code", Dossier.class)
                .setParameter("unit", unitCode)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    @Override
    public Slice<Dossier> find(Criteria criteria, PageRequest page) {
        return listing().page(criteria, page);
    }

    @Override
    public ParentSlices<Dossier> findPerParent(DossierAttribute parent, Collection<Long> parentIds, Criteria criteria,
                                               PageRequest page) {
        return listing().pagePerParent(criteria, parent, parentIds, page);
    }

    @Override
    public long count(Condition condition) {
        return listing().count(condition);
    }

    @Override
    public void add(Dossier dossier) {
        em.persist(dossier);
    }

    private Listing<Dossier> listing() {
        return new Listing<>(em, Model.DOSSIER, ORDER, List.of("procedure", "unit"));
    }
}
