package vn.cchc.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

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
            List.of(p, a, b, c, q).forEach(em::persist);
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
}
