package vn.cchc.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.cchc.domain.procedure.AdministrativeProcedure;
import vn.cchc.domain.procedure.ProcedureAttribute;
import vn.cchc.domain.procedure.ProcedureField;
import vn.cchc.domain.procedure.ProcedureRepository;
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
    public Slice<AdministrativeProcedure> find(Criteria criteria, PageRequest page) {
        return listing().page(criteria, page);
    }

    @Override
    public ParentSlices<AdministrativeProcedure> findOfCompetentUnits(Collection<Long> unitIds, Criteria criteria,
                                                                      PageRequest page) {
        return listing().pagePerParent(criteria, ProcedureAttribute.COMPETENT_UNIT, unitIds, page);
    }

    @Override
    public long count(Condition condition) {
        return listing().count(condition);
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

    @Override
    public void update(AdministrativeProcedure procedure) {
        em.flush();
    }

    private Listing<AdministrativeProcedure> listing() {
        return new Listing<>(em, Model.PROCEDURE, BY_CODE, List.of("field", "competentUnit", "onlineServiceChanges"));
    }
}
