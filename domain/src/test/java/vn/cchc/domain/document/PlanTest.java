package vn.cchc.domain.document;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.domain.shared.Rejections.assertRejected;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitKind;

class PlanTest {

    private final Unit department = new Unit("NA-SKHCN", "Sở Khoa học và Công nghệ", null, UnitKind.DEPARTMENT, null, null);

    @Test
    void shouldBeAPlanOfAYearAndType() {
        Plan plan = new Plan(DocumentNumber.parse("64/KH-SKHCN"), LocalDate.of(2022, 1, 14), department,
                "Kế hoạch CCHC năm 2022", 2022, PlanType.ADMINISTRATIVE_REFORM);

        assertThat(plan.kind()).isEqualTo(DocumentKind.PLAN);
        assertThat(plan.planYear()).isEqualTo(2022);
        assertThat(plan.planType()).isEqualTo(PlanType.ADMINISTRATIVE_REFORM);
        assertThat(plan.issuer()).isSameAs(department);
        assertThat(plan.year()).contains(2022);
    }

    @Test
    void shouldBeAPlanEvenWhenNumberedAsALetter() {
        Plan plan = new Plan(DocumentNumber.parse("56/SKHCN-VP"), null, department, null, 2022, PlanType.COMMUNICATION);

        assertThat(plan.kind()).isEqualTo(DocumentKind.PLAN);
        assertThat(plan.number().kindHint()).contains(DocumentKind.OFFICIAL_LETTER);
    }

    @Test
    void shouldRejectImpossibleYear() {
        assertRejected(() -> new Plan(DocumentNumber.parse("64/KH-SKHCN"), null, department, null, 1944, PlanType.OTHER),
                "INVALID_DOCUMENT");
        assertRejected(() -> new Plan(DocumentNumber.parse("64/KH-SKHCN"), null, department, null, 3000, PlanType.OTHER),
                "INVALID_DOCUMENT");
    }

    @Test
    void shouldRequireType() {
        assertRejected(() -> new Plan(DocumentNumber.parse("64/KH-SKHCN"), null, department, null, 2022, null),
                "INVALID_DOCUMENT");
    }

    @Test
    void shouldApplyDocumentRules() {
        assertRejected(() -> new Plan(DocumentNumber.parse("64/KH-SKHCN"), null, null, null, 2022, PlanType.OTHER),
                "INVALID_DOCUMENT");
        assertRejected(() -> new Plan(DocumentNumber.parse("64/2022/KH-SKHCN"), LocalDate.of(2021, 12, 1), department,
                null, 2022, PlanType.OTHER), "INVALID_DOCUMENT");
    }
}
