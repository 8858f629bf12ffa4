package vn.cchc.domain.procedure;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.shared.ParentSlices;
import vn.cchc.domain.shared.Slice;

/** Administrative procedures and their fields. */
public interface ProcedureRepository {

    Optional<AdministrativeProcedure> findByCode(String code);

    /** Procedures matching the criteria, ordered by code. */
    Slice<AdministrativeProcedure> find(ProcedureCriteria criteria, PageRequest page);

    long count(ProcedureCriteria criteria);

    /** The same page of the procedures each of these units is competent for, ordered by code. */
    ParentSlices<AdministrativeProcedure> findOfCompetentUnits(Collection<Long> unitIds, PageRequest page);

    List<ProcedureField> allFields();

    void add(ProcedureField field);

    void add(AdministrativeProcedure procedure);
}
