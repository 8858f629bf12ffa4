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
import vn.cchc.domain.procedure.AdministrativeProcedure;
import vn.cchc.domain.procedure.ProcedureCriteria;
import vn.cchc.domain.procedure.ProcedureField;
import vn.cchc.domain.procedure.ProcedureRepository;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.shared.ParentSlices;
import vn.cchc.domain.shared.Slice;

/**
 * Reads, too, run in a transaction: EclipseLink batch-reads the relationships named in the listings (one statement
 * per relationship for a whole page) only for objects read inside one; outside, every row loads them on its own.
 */
@ApplicationScoped
@Transactional
public class JpaProcedureRepository implements ProcedureRepository {

    private static final Listing.Ordering<AdministrativeProcedure> BY_CODE = (cb, p) -> List.of(cb.asc(p.get("code")));

    @PersistenceContext(unitName = "cchc")
    private EntityManager em;

    protected JpaProcedureRepository() {
        // for CDI
    }

    public JpaProcedureRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<AdministrativeProcedure> findByCode(String code) {
        return em.createQuery("SELECT p FROM AdministrativeProcedure p WHERE p.code = :code", AdministrativeProcedure.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    @Override
    public Slice<AdministrativeProcedure> find(ProcedureCriteria criteria, PageRequest page) {
        return listing().page(filter(criteria), BY_CODE, page);
    }

    @Override
    public ParentSlices<AdministrativeProcedure> findOfCompetentUnits(Collection<Long> unitIds, PageRequest page) {
        return listing().pagePerParent(filter(ProcedureCriteria.any()), BY_CODE, "competentUnit", unitIds, page);
    }

    @Override
    public long count(ProcedureCriteria criteria) {
        return listing().count(filter(criteria));
    }

    @Override
    public List<ProcedureField> allFields() {
        return em.createQuery("SELECT f FROM ProcedureField f ORDER BY f.code", ProcedureField.class).getResultList();
    }

    @Override
    public void add(ProcedureField field) {
        em.persist(field);
    }

    @Override
    public void add(AdministrativeProcedure procedure) {
        em.persist(procedure);
    }

    private Listing<AdministrativeProcedure> listing() {
        return new Listing<>(em, AdministrativeProcedure.class, List.of("field", "competentUnit", "onlineServiceChanges"));
    }

    private static Listing.Filter<AdministrativeProcedure> filter(ProcedureCriteria c) {
        return (cb, p) -> {
            List<Predicate> where = new ArrayList<>();
            if (c.fieldCode() != null) {
                where.add(cb.equal(p.join("field").get("code"), c.fieldCode()));
            }
            if (c.competentUnitCode() != null) {
                where.add(cb.equal(p.join("competentUnit").get("code"), c.competentUnitCode()));
            }
            if (c.onlineService() != null) {
                where.add(cb.equal(p.get("onlineService"), c.onlineService()));
            }
            if (c.publicised() != null) {
                where.add(cb.equal(p.get("publicised"), c.publicised()));
            }
            Listing.matching(cb, p, c.search()).ifPresent(where::add);
            return where;
        };
    }
}
