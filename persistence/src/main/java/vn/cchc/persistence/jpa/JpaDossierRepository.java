package vn.cchc.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cchc.domain.dossier.Dossier;
import vn.cchc.domain.dossier.DossierAttribute;
import vn.cchc.domain.dossier.DossierChannel;
import vn.cchc.domain.dossier.DossierKind;
import vn.cchc.domain.dossier.DossierRepository;
import vn.cchc.domain.dossier.DossierStatus;
import vn.cchc.domain.dossier.StoredDossier;
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

    private static final int IN_LIST_SIZE = 1_000;

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

    @Override
    public List<StoredDossier> findStoredOfUnits(Collection<Long> unitIds) {
        List<StoredDossier> stored = new ArrayList<>();
        // Derby limits the size of an IN list; a thousand ids per query stays far below it
        List<Long> ids = List.copyOf(unitIds);
        for (int from = 0; from < ids.size(); from += IN_LIST_SIZE) {
            List<Object[]> rows = em.createQuery("SELECT d.id, d.code, d.unit.id, d.procedure.id, d.receivedOn, d.dueOn, d.closedOn,"
                            + " d.channel, d.kind, d.status FROM Dossier d WHERE d.unit.id IN :units", Object[].class)
                    .setParameter("units", ids.subList(from, Math.min(ids.size(), from + IN_LIST_SIZE)))
                    .getResultList();
            for (Object[] r : rows) {
                stored.add(new StoredDossier((Long) r[0], (String) r[1], (Long) r[2], (Long) r[3], (LocalDate) r[4],
                        (LocalDate) r[5], (LocalDate) r[6], (DossierChannel) r[7], (DossierKind) r[8], (DossierStatus) r[9]));
            }
        }
        return stored;
    }

    @Override
    public void writeAll(List<Dossier> added, Map<Long, Dossier> replaced) {
        em.flush(); // what the persistence context holds reaches the connection first
        Connection connection = em.unwrap(Connection.class);
        try {
            if (!added.isEmpty()) {
                try (DossierWriter writer = DossierWriter.open(connection, added.size())) {
                    for (Dossier dossier : added) {
                        writer.write(dossier);
                    }
                }
            }
            DossierWriter.replace(connection, replaced);
        } catch (SQLException e) {
            throw new PersistenceException("the dossiers could not be written", e);
        }
        // the shared cache may hold a replaced dossier as it was
        em.getEntityManagerFactory().getCache().evict(Dossier.class);
    }

    private Listing<Dossier> listing() {
        return new Listing<>(em, Model.DOSSIER, ORDER, List.of("procedure", "unit"));
    }
}
