package vn.cchc.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.cchc.domain.dossier.Dossier;
import vn.cchc.domain.dossier.DossierCriteria;
import vn.cchc.domain.dossier.DossierRepository;
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
    public Slice<Dossier> find(DossierCriteria criteria, PageRequest page) {
        return listing().page(filter(criteria), ORDER, page);
    }

    @Override
    public ParentSlices<Dossier> findPerUnit(Collection<Long> unitIds, DossierCriteria criteria, PageRequest page) {
        return listing().pagePerParent(filter(criteria), ORDER, "unit", unitIds, page);
    }

    @Override
    public ParentSlices<Dossier> findPerProcedure(Collection<Long> procedureIds, DossierCriteria criteria, PageRequest page) {
        return listing().pagePerParent(filter(criteria), ORDER, "procedure", procedureIds, page);
    }

    @Override
    public long count(DossierCriteria criteria) {
        return listing().count(filter(criteria));
    }

    @Override
    public void add(Dossier dossier) {
        em.persist(dossier);
    }

    private Listing<Dossier> listing() {
        return new Listing<>(em, Dossier.class, List.of("procedure", "unit"));
    }

    private static Listing.Filter<Dossier> filter(DossierCriteria c) {
        return (cb, d) -> {
            List<Predicate> where = new ArrayList<>();
            if (c.unitCode() != null) {
                where.add(cb.equal(d.join("unit").get("code"), c.unitCode()));
            }
            if (c.procedureCode() != null) {
                where.add(cb.equal(d.join("procedure").get("code"), c.procedureCode()));
            }
            if (c.status() != null) {
                where.add(cb.equal(d.get("status"), c.status()));
            }
            if (c.channel() != null) {
                where.add(cb.equal(d.get("channel"), c.channel()));
            }
            if (c.kind() != null) {
                where.add(cb.equal(d.get("kind"), c.kind()));
            }
            if (c.receivedFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(d.<LocalDate>get("receivedOn"), c.receivedFrom()));
            }
            if (c.receivedTo() != null) {
                where.add(cb.lessThanOrEqualTo(d.<LocalDate>get("receivedOn"), c.receivedTo()));
            }
            return where;
        };
    }
}
