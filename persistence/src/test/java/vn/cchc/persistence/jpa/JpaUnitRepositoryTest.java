package vn.cchc.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.shared.Criteria;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitKind;

/** A unit moved on a real Derby: the stored tree paths of its whole subtree follow, and its version rises. */
class JpaUnitRepositoryTest {

    private static DerbyDatabase db;

    @BeforeAll
    static void store() {
        db = new DerbyDatabase();
        db.inTransaction(em -> {
            Unit p = new Unit("P", "Tỉnh P", null, UnitKind.PROVINCE, null, null);
            Unit a = new Unit("P-A", "Sở A", null, UnitKind.DEPARTMENT, p, null);
            Unit b = new Unit("P-A-B", "Phòng B", null, UnitKind.SPECIALISED_DIVISION, a, null);
            Unit c = new Unit("P-A-B-C", "Tổ C", null, UnitKind.SPECIALISED_DIVISION, b, null);
            Unit q = new Unit("Q", "Tỉnh Q", null, UnitKind.PROVINCE, null, null);
            // a province whose units have every kind of validity, for openOn
            Unit r = new Unit("R", "Tỉnh R", null, UnitKind.PROVINCE, null, null);
            Unit opened = new Unit("R-MOI", "Sở mới", null, UnitKind.DEPARTMENT, r, LocalDate.of(2025, 7, 1));
            Unit merged = new Unit("R-CU", "Sở cũ", null, UnitKind.DEPARTMENT, r, LocalDate.of(2010, 1, 1));
            merged.close(LocalDate.of(2025, 6, 30), opened);
            Unit closedOnly = new Unit("R-DONG", "Sở đã giải thể", null, UnitKind.DEPARTMENT, r, null);
            closedOnly.close(LocalDate.of(2020, 12, 31), opened);
            List.of(p, a, b, c, q, r, opened, merged, closedOnly).forEach(em::persist);
            return null;
        });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static List<String> subtree(String code) {
        return db.inTransaction(em -> new JpaUnitRepository(em).find(Criteria.where(new Condition.WithinSubtree(code)),
                new PageRequest(0, 100)).items().stream().map(Unit::code).toList());
    }

    @Test
    void shouldMoveTheStoredPathsOfTheWholeSubtree() {
        long before = db.inTransaction(em -> new JpaUnitRepository(em).findByCode("P-A").orElseThrow().version());
        long after = db.inTransaction(em -> {
            JpaUnitRepository units = new JpaUnitRepository(em);
            Unit a = units.findByCode("P-A").orElseThrow();
            a.moveTo(units.findByCode("Q").orElseThrow());
            units.update(a);
            return a.version();
        });
        assertThat(after).isGreaterThan(before);
        assertThat(subtree("Q")).containsExactly("P-A", "P-A-B", "P-A-B-C", "Q");
        assertThat(subtree("P")).containsExactly("P");
        String path = db.inTransaction(em -> new JpaUnitRepository(em).findByCode("P-A-B-C").orElseThrow().path());
        assertThat(path).isEqualTo("/Q/P-A/P-A-B/P-A-B-C/");
    }

    @Test
    void shouldListTheUnitsOpenOnADayAsEachUnitSaysItIs() {
        for (LocalDate day : List.of(LocalDate.of(2009, 12, 31), LocalDate.of(2010, 1, 1), LocalDate.of(2020, 12, 31),
                LocalDate.of(2021, 1, 1), LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 1))) {
            List<String> listed = db.inTransaction(em -> new JpaUnitRepository(em).find(Criteria.where(Unit.openOn(day)),
                    new PageRequest(0, 100)).items().stream().map(Unit::code).sorted().toList());
            List<String> open = db.inTransaction(em -> new JpaUnitRepository(em).find(Criteria.where(Condition.TRUE),
                    new PageRequest(0, 100)).items().stream().filter(u -> u.isOpenOn(day)).map(Unit::code).sorted().toList());
            assertThat(listed).as("open on %s", day).isEqualTo(open).isNotEmpty();
        }
    }
}
