package vn.cchc.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cchc.domain.document.Document;
import vn.cchc.domain.document.DocumentKind;
import vn.cchc.domain.document.DocumentNumber;
import vn.cchc.domain.document.LinkType;
import vn.cchc.domain.document.Plan;
import vn.cchc.domain.document.PlanTaskStatus;
import vn.cchc.domain.document.PlanType;
import vn.cchc.domain.document.TaskAssignment;
import vn.cchc.domain.area.ReformArea;
import vn.cchc.domain.shared.Criteria;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitKind;

/**
 * A document's links written anew on a real Derby: a link kept is never deleted and inserted again (the unique key of
 * source, target and type would refuse the insert, which the database sees before the delete).
 */
class JpaDocumentRepositoryTest {

    private static DerbyDatabase db;

    @BeforeAll
    static void store() {
        db = new DerbyDatabase();
        db.inTransaction(em -> {
            Unit issuer = new Unit("P-UB", "UBND tỉnh P", null, UnitKind.PEOPLES_COMMITTEE, null, null);
            em.persist(issuer);
            JpaDocumentRepository documents = new JpaDocumentRepository(em);
            for (String number : List.of("1/QĐ-UBND", "2/QĐ-UBND", "3/QĐ-UBND")) {
                documents.add(new Document(DocumentNumber.parse(number), DocumentKind.DECISION, LocalDate.of(2024, 1, 2), issuer, null));
            }
            return null;
        });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static Document byNumber(JpaDocumentRepository documents, String number) {
        return documents.findByNumber(DocumentNumber.parse(number)).get(0);
    }

    private static List<String> relink(List<LinkType> types, List<String> targets) {
        db.inTransaction(em -> {
            JpaDocumentRepository documents = new JpaDocumentRepository(em);
            Document source = byNumber(documents, "1/QĐ-UBND");
            source.relinkTo(types, targets.stream().map(t -> byNumber(documents, t)).toList());
            documents.update(source);
            return null;
        });
        return links();
    }

    private static List<String> links() {
        return db.inTransaction(em -> {
            Document source = byNumber(new JpaDocumentRepository(em), "1/QĐ-UBND");
            em.refresh(source);
            return source.links().stream().map(l -> l.type() + " " + l.target().number()).sorted().toList();
        });
    }

    private static Plan plan(EntityManager em) {
        return (Plan) byNumber(new JpaDocumentRepository(em), "7/KH-UBND");
    }

    private static long planVersion() {
        return db.inTransaction(em -> plan(em).version());
    }

    private static void changePlan(java.util.function.BiConsumer<EntityManager, Plan> change) {
        db.inTransaction(em -> {
            Plan plan = plan(em);
            change.accept(em, plan);
            new JpaDocumentRepository(em).update(plan);
            return null;
        });
    }

    @Test
    void shouldKeepAPlansTasksWithTheirUnitsAndRaiseItsVersionOncePerWriteWhateverChanged() {
        long created = db.inTransaction(em -> {
            Unit issuer = em.createQuery("SELECT u FROM Unit u WHERE u.code = 'P-UB'", Unit.class).getSingleResult();
            Unit office = new Unit("P-VP", "Văn phòng UBND tỉnh P", null, UnitKind.DEPARTMENT_OFFICE, issuer, null);
            Unit justice = new Unit("P-STP", "Sở Tư pháp tỉnh P", null, UnitKind.DEPARTMENT, issuer, null);
            em.persist(office);
            em.persist(justice);
            Plan plan = new Plan(DocumentNumber.parse("7/KH-UBND"), LocalDate.of(2024, 1, 10), issuer, "Kế hoạch CCHC năm 2024",
                    2024, PlanType.ADMINISTRATIVE_REFORM);
            plan.addTask(new TaskAssignment("Rà soát văn bản quy phạm pháp luật", ReformArea.INSTITUTIONAL_REFORM, justice,
                    List.of(office, issuer), LocalDate.of(2024, 6, 30), "Báo cáo rà soát"));
            JpaDocumentRepository documents = new JpaDocumentRepository(em);
            documents.add(plan);
            documents.update(plan);
            return plan.version();
        });
        assertThat(created).isEqualTo(planVersion()).isEqualTo(1);

        changePlan((em, plan) -> plan.reportProgress(1, PlanTaskStatus.IN_PROGRESS, null, LocalDate.of(2024, 2, 1)));
        assertThat(planVersion()).as("a task changed, the plan's row did not").isEqualTo(2);
        changePlan((em, plan) -> plan.correct(plan.number(), DocumentKind.PLAN, LocalDate.of(2024, 1, 11), plan.issuer(), null,
                "Kế hoạch CCHC năm 2024 (sửa đổi)"));
        assertThat(planVersion()).as("the plan's row changed").isEqualTo(3);
        changePlan((em, plan) -> plan.addTask(new TaskAssignment("Tuyên truyền", null, null, List.of(), null, null)));
        changePlan((em, plan) -> plan.removeTask(2));
        assertThat(planVersion()).isEqualTo(5);

        List<String> tasks = db.inTransaction(em -> {
            JpaDocumentRepository documents = new JpaDocumentRepository(em);
            // a listing of documents batch-reads the tasks of the plans among them
            return documents.find(Criteria.all(), new PageRequest(0, 50)).items().stream()
                    .filter(Plan.class::isInstance).flatMap(d -> ((Plan) d).tasks().stream())
                    .map(t -> t.number() + " " + t.status() + " " + t.leadUnit().orElseThrow().code() + " "
                            + t.coordinatingUnits().stream().map(Unit::code).toList() + " " + t.deadline().orElseThrow())
                    .toList();
        });
        assertThat(tasks).containsExactly("1 IN_PROGRESS P-STP [P-VP, P-UB] 2024-06-30");
    }

    @Test
    void shouldKeepAddAndRemoveLinksInOneWrite() {
        assertThat(relink(List.of(LinkType.AMENDS), List.of("2/QĐ-UBND"))).containsExactly("AMENDS 2/QĐ-UBND");
        assertThat(relink(List.of(LinkType.AMENDS, LinkType.REPLACES), List.of("2/QĐ-UBND", "3/QĐ-UBND")))
                .containsExactly("AMENDS 2/QĐ-UBND", "REPLACES 3/QĐ-UBND");
        assertThat(relink(List.of(LinkType.REPLACES, LinkType.IMPLEMENTS), List.of("3/QĐ-UBND", "2/QĐ-UBND")))
                .containsExactly("IMPLEMENTS 2/QĐ-UBND", "REPLACES 3/QĐ-UBND");
        assertThat(relink(List.of(), List.of())).isEmpty();
    }
}
