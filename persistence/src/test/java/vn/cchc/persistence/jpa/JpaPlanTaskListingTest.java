package vn.cchc.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cchc.domain.area.ReformArea;
import vn.cchc.domain.document.DocumentAttribute;
import vn.cchc.domain.document.DocumentNumber;
import vn.cchc.domain.document.Plan;
import vn.cchc.domain.document.PlanTask;
import vn.cchc.domain.document.PlanTaskAttribute;
import vn.cchc.domain.document.PlanTaskStatus;
import vn.cchc.domain.document.PlanType;
import vn.cchc.domain.document.TaskAssignment;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.shared.Criteria;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.shared.SortKey;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitAttribute;
import vn.cchc.domain.unit.UnitKind;

/**
 * The tasks of all plans as one list on a real Derby: conditions through the plan and the lead unit's subtree, on the
 * task's own values and its folded description, and the orders with undated tasks last and ties by id.
 */
class JpaPlanTaskListingTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 9, 1);

    private static DerbyDatabase db;

    @BeforeAll
    static void store() {
        db = new DerbyDatabase();
        db.inTransaction(em -> {
            Unit province = new Unit("Q-UB", "UBND tỉnh Q", null, UnitKind.PEOPLES_COMMITTEE, null, null);
            Unit justice = new Unit("Q-STP", "Sở Tư pháp tỉnh Q", null, UnitKind.DEPARTMENT, province, null);
            Unit office = new Unit("Q-VP", "Văn phòng UBND tỉnh Q", null, UnitKind.DEPARTMENT_OFFICE, province, null);
            List.of(province, justice, office).forEach(em::persist);
            JpaDocumentRepository documents = new JpaDocumentRepository(em);
            // 1/KH: tasks "1/KH 1" to "1/KH 3"; 2/KH: "2/KH 1" and "2/KH 2"
            Plan first = new Plan(DocumentNumber.parse("1/KH-UBND"), LocalDate.of(2024, 1, 5), province, "Kế hoạch CCHC", 2024,
                    PlanType.ADMINISTRATIVE_REFORM);
            first.addTask(new TaskAssignment("Rà soát thủ tục", ReformArea.ADMINISTRATIVE_PROCEDURE_REFORM, justice, List.of(), LocalDate.of(2024, 6, 30), null));
            first.addTask(new TaskAssignment("Tuyên truyền", null, null, List.of(), null, null));
            first.addTask(new TaskAssignment("Số hoá hồ sơ", ReformArea.INSTITUTIONAL_REFORM, office, List.of(justice), LocalDate.of(2024, 6, 30), null));
            first.reportProgress(3, PlanTaskStatus.DONE, LocalDate.of(2024, 5, 2), TODAY);
            Plan second = new Plan(DocumentNumber.parse("2/KH-STP"), LocalDate.of(2024, 2, 1), justice, "Kế hoạch kiểm soát TTHC", 2024,
                    PlanType.PROCEDURE_CONTROL);
            second.addTask(new TaskAssignment("Kiểm tra rà soát", ReformArea.ADMINISTRATIVE_PROCEDURE_REFORM, justice, List.of(), LocalDate.of(2024, 12, 31), null));
            second.addTask(new TaskAssignment("Báo cáo quý", null, justice, List.of(), LocalDate.of(2024, 3, 31), null));
            second.reportProgress(2, PlanTaskStatus.IN_PROGRESS, null, TODAY);
            documents.add(first);
            documents.add(second);
            return null;
        });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static List<String> found(Criteria criteria) {
        return db.inTransaction(em -> new JpaDocumentRepository(em).findTasks(criteria, new PageRequest(0, 100)).items().stream()
                .map(JpaPlanTaskListingTest::name).toList());
    }

    private static String name(PlanTask task) {
        return task.plan().number().printed().substring(0, 4) + " " + task.number();
    }

    private static long count(Condition condition) {
        return db.inTransaction(em -> new JpaDocumentRepository(em).countTasks(condition));
    }

    @Test
    void shouldFindTasksThroughTheirPlanAndTheSubtreeOfTheirLeadUnit() {
        assertThat(found(Criteria.where(Condition.related(PlanTaskAttribute.PLAN,
                Condition.eq(DocumentAttribute.NUMBER, "2/KH-STP"))))).containsExactly("2/KH 2", "2/KH 1");
        assertThat(found(Criteria.where(Condition.related(PlanTaskAttribute.LEAD_UNIT, new Condition.WithinSubtree("Q-UB")))))
                .containsExactlyInAnyOrder("1/KH 1", "1/KH 3", "2/KH 1", "2/KH 2");
        assertThat(found(Criteria.where(Condition.not(Condition.related(PlanTaskAttribute.LEAD_UNIT,
                Condition.eq(UnitAttribute.CODE, "Q-STP")))))).as("without a lead unit included")
                .containsExactlyInAnyOrder("1/KH 2", "1/KH 3");
        assertThat(count(Condition.related(PlanTaskAttribute.PLAN, Condition.search("kiem soat")))).isEqualTo(2);
    }

    @Test
    void shouldFindTasksByTheirOwnValuesAndDescription() {
        Condition overdue = Condition.and(List.of(
                new Condition.OneOf(PlanTaskAttribute.STATUS, List.of(PlanTaskStatus.NOT_STARTED, PlanTaskStatus.IN_PROGRESS)),
                new Condition.Compare(PlanTaskAttribute.DEADLINE, Condition.Operator.LT, TODAY)));
        assertThat(found(Criteria.where(overdue))).containsExactly("2/KH 2", "1/KH 1");
        assertThat(found(Criteria.where(Condition.eq(PlanTaskAttribute.AREA, ReformArea.ADMINISTRATIVE_PROCEDURE_REFORM))))
                .containsExactly("1/KH 1", "2/KH 1");
        assertThat(found(Criteria.where(Condition.eq(PlanTaskAttribute.COMPLETED_ON, LocalDate.of(2024, 5, 2)))))
                .containsExactly("1/KH 3");
        assertThat(found(Criteria.where(Condition.search("ra soat")))).containsExactly("1/KH 1", "2/KH 1");
        assertThat(count(new Condition.IsNull(PlanTaskAttribute.DEADLINE, true))).isEqualTo(1);
    }

    @Test
    void shouldOrderByDeadlineUndatedLastAndBreakTiesById() {
        assertThat(found(Criteria.all())).containsExactly("2/KH 2", "1/KH 1", "1/KH 3", "2/KH 1", "1/KH 2");
        assertThat(found(Criteria.all().orderBy(SortKey.desc(PlanTaskAttribute.DEADLINE))))
                .containsExactly("2/KH 1", "1/KH 1", "1/KH 3", "2/KH 2", "1/KH 2");
        assertThat(found(Criteria.all().orderBy(SortKey.desc(PlanTaskAttribute.NUMBER), SortKey.asc(PlanTaskAttribute.STATUS))))
                .containsExactly("1/KH 3", "2/KH 2", "1/KH 2", "1/KH 1", "2/KH 1");
    }
}
