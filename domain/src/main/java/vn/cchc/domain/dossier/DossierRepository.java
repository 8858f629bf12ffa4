package vn.cchc.domain.dossier;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.shared.Criteria;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.shared.ParentSlices;
import vn.cchc.domain.shared.Slice;

/** Dossiers by receiving unit, procedure, status, channel and date. */
public interface DossierRepository {

    /** The dossier a unit numbered so; codes are unique per unit, not across units. */
    Optional<Dossier> findByCode(String unitCode, String code);

    /** Dossiers matching the criteria, in its order (by default by received date, then unit code and dossier code). */
    Slice<Dossier> find(Criteria criteria, PageRequest page);

    long count(Condition condition);

    /**
     * The same page of the matching dossiers of each of these parents, in list order.
     *
     * @param parent {@link DossierAttribute#UNIT} (the receiving units) or {@link DossierAttribute#PROCEDURE}
     */
    ParentSlices<Dossier> findPerParent(DossierAttribute parent, Collection<Long> parentIds, Criteria criteria, PageRequest page);

    void add(Dossier dossier);

    /** What is stored of the dossiers these units received, for a bulk import to compare its rows with. */
    List<StoredDossier> findStoredOfUnits(Collection<Long> unitIds);

    /**
     * Writes many dossiers at once in batches, in the caller's transaction, bypassing the persistence context (a bulk
     * import of 100,000 rows through it would take minutes): {@code added} are new, {@code replaced} overwrite the
     * stored dossier of the id they are keyed by. Their units and procedures must be stored already.
     */
    void writeAll(List<Dossier> added, Map<Long, Dossier> replaced);
}
