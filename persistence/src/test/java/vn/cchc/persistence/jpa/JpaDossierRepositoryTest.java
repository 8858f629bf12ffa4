package vn.cchc.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cchc.domain.dossier.Dossier;
import vn.cchc.domain.dossier.DossierAttribute;
import vn.cchc.domain.dossier.DossierChannel;
import vn.cchc.domain.dossier.DossierKind;
import vn.cchc.domain.dossier.DossierStatus;
import vn.cchc.domain.procedure.AdministrativeProcedure;
import vn.cchc.domain.procedure.ProcedureAttribute;
import vn.cchc.domain.procedure.ProcedureField;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.shared.Criteria;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitAttribute;
import vn.cchc.domain.unit.UnitKind;

/** Dossiers stored and listed on a real Derby; codes are unique per unit. */
class JpaDossierRepositoryTest {

    private static final PageRequest ALL = new PageRequest(0, 100);
    private static DerbyDatabase db;

    @BeforeAll
    static void store() {
        db = new DerbyDatabase();
        db.inTransaction(em -> {
            Unit shopA = new Unit("SHOP-A", "Bộ phận một cửa A", null, UnitKind.ONE_STOP_SHOP, null, null);
            Unit shopB = new Unit("SHOP-B", "Bộ phận một cửa B", null, UnitKind.ONE_STOP_SHOP, null, null);
            ProcedureField field = new ProcedureField("F", "Lĩnh vực thử");
            AdministrativeProcedure procedure = new AdministrativeProcedure("P-1", null, "Thủ tục thử", field, shopA);
            em.persist(shopA);
            em.persist(shopB);
            em.persist(field);
            em.persist(procedure);
            JpaDossierRepository dossiers = new JpaDossierRepository(em);
            Dossier early = new Dossier("HS-1", procedure, shopA, LocalDate.of(2022, 1, 3), LocalDate.of(2022, 1, 10),
                    DossierChannel.ONLINE, DossierKind.NEW);
            early.resolve(LocalDate.of(2022, 1, 7));
            Dossier late = new Dossier("HS-2", procedure, shopA, LocalDate.of(2022, 2, 1), LocalDate.of(2022, 2, 5),
                    DossierChannel.IN_PERSON, DossierKind.RENEWAL);
            late.resolve(LocalDate.of(2022, 2, 9));
            Dossier open = new Dossier("HS-3", procedure, shopA, LocalDate.of(2022, 4, 1), LocalDate.of(2022, 4, 20),
                    DossierChannel.POST, DossierKind.NEW);
            // the same code in another unit is another dossier
            Dossier otherUnit = new Dossier("HS-1", procedure, shopB, LocalDate.of(2022, 1, 4), LocalDate.of(2022, 1, 9),
                    DossierChannel.ONLINE, DossierKind.NEW);
            dossiers.add(early);
            dossiers.add(late);
            dossiers.add(open);
            dossiers.add(otherUnit);
            return null;
        });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void shouldListAQuarterOfAUnitInReceivedOrder() {
        var q1 = db.inTransaction(em -> new JpaDossierRepository(em).find(Criteria.where(Condition.and(
                receivedBy("SHOP-A"), new Condition.Compare(DossierAttribute.RECEIVED_ON, Condition.Operator.GTE, LocalDate.of(2022, 1, 1)),
                new Condition.Compare(DossierAttribute.RECEIVED_ON, Condition.Operator.LTE, LocalDate.of(2022, 3, 31)))), ALL));
        assertThat(q1.items()).extracting(d -> d.code() + " " + d.status()).containsExactly(
                "HS-1 " + DossierStatus.RESOLVED_EARLY, "HS-2 " + DossierStatus.RESOLVED_LATE);
    }

    @Test
    void shouldCountByChannelAndProcedure() {
        long online = db.inTransaction(em -> new JpaDossierRepository(em).count(
                Condition.and(Condition.related(DossierAttribute.PROCEDURE, Condition.eq(ProcedureAttribute.CODE, "P-1")),
                        Condition.eq(DossierAttribute.CHANNEL, DossierChannel.ONLINE))));
        assertThat(online).isEqualTo(2);
        long openOnes = db.inTransaction(em -> new JpaDossierRepository(em).count(
                Condition.eq(DossierAttribute.STATUS, DossierStatus.RECEIVED)));
        assertThat(openOnes).as("HS-3 and the other unit's HS-1 are still open").isEqualTo(2);
    }

    @Test
    void shouldFindByCodeWithinItsUnit() {
        var found = db.inTransaction(em -> new JpaDossierRepository(em).findByCode("SHOP-B", "HS-1"));
        assertThat(found).hasValueSatisfying(d -> assertThat(d.receivedOn()).isEqualTo(LocalDate.of(2022, 1, 4)));
    }

    @Test
    void shouldRefuseASecondDossierWithTheSameCodeInOneUnit() {
        assertThatThrownBy(() -> db.inTransaction(em -> {
            Unit shopA = new JpaUnitRepository(em).findByCode("SHOP-A").orElseThrow();
            AdministrativeProcedure procedure = new JpaProcedureRepository(em).findByCode("P-1").orElseThrow();
            new JpaDossierRepository(em).add(new Dossier("HS-2", procedure, shopA, LocalDate.of(2022, 5, 1),
                    LocalDate.of(2022, 5, 2), DossierChannel.ONLINE, DossierKind.NEW));
            return null;
        })).isInstanceOf(PersistenceException.class);
        long stillThree = db.inTransaction(em -> new JpaDossierRepository(em).count(receivedBy("SHOP-A")));
        assertThat(stillThree).isEqualTo(3);
    }

    private static Condition receivedBy(String unitCode) {
        return Condition.related(DossierAttribute.UNIT, Condition.eq(UnitAttribute.CODE, unitCode));
    }
}
