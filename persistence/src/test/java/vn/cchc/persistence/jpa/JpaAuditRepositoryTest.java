package vn.cchc.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cchc.domain.audit.AuditAttribute;
import vn.cchc.domain.audit.AuditEntry;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.shared.Criteria;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.unit.UnitAttribute;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitKind;

/** The audit trail on a real Derby: newest first, paged, filtered by unit, subtree, entity, period and time. */
class JpaAuditRepositoryTest {

    private static final Instant T0 = Instant.parse("2022-06-20T08:00:00Z");
    private static DerbyDatabase db;

    @BeforeAll
    static void store() {
        db = new DerbyDatabase();
        db.inTransaction(em -> {
            Unit committee = new Unit("P-UB", "UBND tỉnh P", null, UnitKind.PEOPLES_COMMITTEE, null, null);
            Unit s1 = new Unit("P-S1", "Sở một", null, UnitKind.DEPARTMENT, committee, null);
            Unit s2 = new Unit("P-S2", "Sở hai", null, UnitKind.DEPARTMENT, committee, null);
            List.of(committee, s1, s2).forEach(em::persist);
            JpaAuditRepository trail = new JpaAuditRepository(em);
            String big = "x".repeat(60_000); // a long report's state: a large object, not a short text
            trail.add(new AuditEntry(T0, "reporter", "createReport", "Report", 1, s1, Period.quarter(2022, 2), null, big, null));
            trail.add(new AuditEntry(T0.plusSeconds(60), "reporter", "submitReport", "Report", 1, s1, Period.quarter(2022, 2),
                    big, big, null));
            trail.add(new AuditEntry(T0.plusSeconds(120), "noivu", "returnReport", "Report", 1, s1, Period.quarter(2022, 2),
                    big, big, "Thiếu số liệu"));
            trail.add(new AuditEntry(T0.plusSeconds(86_400), "admin", "createReport", "Report", 2, s2, Period.quarter(2022, 3),
                    null, "{}", null));
            return null;
        });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static List<String> actions(Condition condition, PageRequest page) {
        return db.inTransaction(em -> new JpaAuditRepository(em).find(Criteria.where(condition), page).items().stream()
                .map(e -> e.actor() + " " + e.action() + " " + e.after().map(String::length).orElse(0)).toList());
    }

    @Test
    void shouldListNewestFirstInPagesWithTheirStates() {
        assertThat(actions(Condition.TRUE, new PageRequest(0, 2)))
                .containsExactly("admin createReport 2", "noivu returnReport 60000");
        assertThat(actions(Condition.TRUE, new PageRequest(2, 2)))
                .containsExactly("reporter submitReport 60000", "reporter createReport 60000");
        boolean more = db.inTransaction(em -> new JpaAuditRepository(em).find(Criteria.all(), new PageRequest(2, 2)).hasNext());
        assertThat(more).isFalse();
    }

    @Test
    void shouldFilterByUnitSubtreeEntityPeriodAndDay() {
        assertThat(actions(Condition.related(AuditAttribute.UNIT, Condition.eq(UnitAttribute.CODE, "P-S2")), new PageRequest(0, 10))).hasSize(1);
        assertThat(actions(Condition.related(AuditAttribute.UNIT, new Condition.WithinSubtree("P-UB")), new PageRequest(0, 10))).hasSize(4);
        assertThat(actions(Condition.and(Condition.eq(AuditAttribute.ENTITY_TYPE, "Report"), Condition.eq(AuditAttribute.ENTITY_ID, 1L)),
                new PageRequest(0, 10))).hasSize(3);
        assertThat(actions(Condition.and(Condition.eq(AuditAttribute.PERIOD_YEAR, 2022), Condition.eq(AuditAttribute.PERIOD_NUMBER, 3)),
                new PageRequest(0, 10))).containsExactly("admin createReport 2");
        LocalDate day = LocalDateTime.ofInstant(T0, ZoneOffset.UTC).toLocalDate();
        // three entries on T0's day, the fourth a day later
        assertThat(actions(Condition.eq(AuditAttribute.RECORDED_ON, day), new PageRequest(0, 10))).hasSize(3);
        assertThat(actions(new Condition.Compare(AuditAttribute.RECORDED_ON, Condition.Operator.GT, day), new PageRequest(0, 10)))
                .containsExactly("admin createReport 2");
        long ofS1 = db.inTransaction(em -> new JpaAuditRepository(em).count(
                Condition.related(AuditAttribute.UNIT, Condition.eq(UnitAttribute.CODE, "P-S1"))));
        assertThat(ofS1).isEqualTo(3);
    }
}
