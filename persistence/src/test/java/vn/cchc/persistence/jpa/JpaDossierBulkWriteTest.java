package vn.cchc.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cchc.domain.dossier.Dossier;
import vn.cchc.domain.dossier.DossierChannel;
import vn.cchc.domain.dossier.DossierKind;
import vn.cchc.domain.dossier.DossierStatus;
import vn.cchc.domain.dossier.StoredDossier;
import vn.cchc.domain.procedure.AdministrativeProcedure;
import vn.cchc.domain.procedure.ProcedureField;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitKind;

/** The bulk writes of an import on a real Derby: JDBC batches inside the JPA transaction. */
class JpaDossierBulkWriteTest {

    private static DerbyDatabase db;

    @BeforeAll
    static void store() {
        db = new DerbyDatabase();
        db.inTransaction(em -> {
            Unit shop = new Unit("SHOP-A", "Bộ phận một cửa A", null, UnitKind.ONE_STOP_SHOP, null, null);
            ProcedureField field = new ProcedureField("F", "Lĩnh vực thử");
            em.persist(shop);
            em.persist(field);
            em.persist(new AdministrativeProcedure("P-1", null, "Thủ tục thử", field, shop));
            new JpaDossierRepository(em).add(dossier("HS-1", 3, null, em));
            return null;
        });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static Dossier dossier(String code, int day, Integer closedDay, EntityManager em) {
        Unit shop = new JpaUnitRepository(em).findByCode("SHOP-A").orElseThrow();
        AdministrativeProcedure procedure = new JpaProcedureRepository(em).findByCode("P-1").orElseThrow();
        return Dossier.reported(code, procedure, shop, LocalDate.of(2024, 1, day), LocalDate.of(2024, 1, day + 10),
                closedDay == null ? null : LocalDate.of(2024, 1, closedDay), DossierChannel.ONLINE, DossierKind.NEW,
                closedDay == null ? DossierStatus.RECEIVED : DossierStatus.RESOLVED_EARLY);
    }

    private static List<StoredDossier> stored() {
        return db.inTransaction(em -> {
            long shop = new JpaUnitRepository(em).findByCode("SHOP-A").orElseThrow().id();
            return new JpaDossierRepository(em).findStoredOfUnits(List.of(shop)).stream()
                    .sorted(Comparator.comparing(StoredDossier::code)).toList();
        });
    }

    @Test
    void shouldAddAndReplaceInOneTransactionAndRollBackTogether() {
        assertThatThrownBy(() -> db.inTransaction(em -> {
            JpaDossierRepository dossiers = new JpaDossierRepository(em);
            long id = dossiers.findStoredOfUnits(List.of(new JpaUnitRepository(em).findByCode("SHOP-A").orElseThrow().id())).get(0).id();
            dossiers.writeAll(List.of(dossier("HS-9", 5, null, em)), Map.of(id, dossier("HS-1", 3, 4, em)));
            throw new IllegalStateException("a failure after the write");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(stored()).extracting(StoredDossier::code).containsExactly("HS-1");

        db.inTransaction(em -> {
            JpaDossierRepository dossiers = new JpaDossierRepository(em);
            long id = dossiers.findStoredOfUnits(List.of(new JpaUnitRepository(em).findByCode("SHOP-A").orElseThrow().id())).get(0).id();
            dossiers.writeAll(List.of(dossier("HS-2", 5, null, em), dossier("HS-3", 6, 8, em)), Map.of(id, dossier("HS-1", 3, 4, em)));
            return null;
        });
        List<StoredDossier> after = stored();
        assertThat(after).extracting(s -> s.code() + " " + s.status() + " " + s.closedOn()).containsExactly(
                "HS-1 RESOLVED_EARLY 2024-01-04", "HS-2 RECEIVED null", "HS-3 RESOLVED_EARLY 2024-01-08");
        boolean same = db.inTransaction(em -> after.get(0).sameAs(dossier("HS-1", 3, 4, em)));
        boolean closedSince = db.inTransaction(em -> after.get(1).sameAs(dossier("HS-2", 5, 6, em)));
        assertThat(same).isTrue();
        assertThat(closedSince).isFalse();
        // JPA's own inserts go on above the ids the batch took
        db.inTransaction(em -> {
            new JpaDossierRepository(em).add(dossier("HS-4", 7, null, em));
            return null;
        });
        assertThat(stored()).extracting(StoredDossier::id).doesNotHaveDuplicates().hasSize(4);
    }
}
