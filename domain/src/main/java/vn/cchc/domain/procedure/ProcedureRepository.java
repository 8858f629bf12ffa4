package vn.cchc.domain.procedure;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.shared.Criteria;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.shared.ParentSlices;
import vn.cchc.domain.shared.Slice;

/** Administrative procedures and their fields. */
public interface ProcedureRepository {

    Optional<AdministrativeProcedure> findByCode(String code);

    /** Procedures matching the criteria, in its order (by code by default). */
    Slice<AdministrativeProcedure> find(Criteria criteria, PageRequest page);

    long count(Condition condition);

    /** The same page of the matching procedures each of these units is competent for, in list order. */
    ParentSlices<AdministrativeProcedure> findOfCompetentUnits(Collection<Long> unitIds, Criteria criteria, PageRequest page);

    List<ProcedureField> allFields();

    void add(ProcedureField field);

    void add(AdministrativeProcedure procedure);

    /** Writes a change to the procedure and its history of online levels now, so that its new version is known. */
    void update(AdministrativeProcedure procedure);
}
