package vn.cchc.domain.dossier;

import java.util.Collection;
import java.util.Optional;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.shared.ParentSlices;
import vn.cchc.domain.shared.Slice;

/** Dossiers by receiving unit, procedure, status, channel and date. */
public interface DossierRepository {

    /** The dossier a unit numbered so; codes are unique per unit, not across units. */
    Optional<Dossier> findByCode(String unitCode, String code);

    /** Dossiers matching the criteria, by received date, then unit code and dossier code. */
    Slice<Dossier> find(DossierCriteria criteria, PageRequest page);

    long count(DossierCriteria criteria);

    /** The same page of the matching dossiers each of these units received, in list order. */
    ParentSlices<Dossier> findPerUnit(Collection<Long> unitIds, DossierCriteria criteria, PageRequest page);

    /** The same page of the matching dossiers for each of these procedures, in list order. */
    ParentSlices<Dossier> findPerProcedure(Collection<Long> procedureIds, DossierCriteria criteria, PageRequest page);

    void add(Dossier dossier);
}
