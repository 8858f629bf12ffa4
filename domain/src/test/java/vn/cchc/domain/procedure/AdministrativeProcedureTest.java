package vn.cchc.domain.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.domain.shared.Rejections.assertRejected;

import org.junit.jupiter.api.Test;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitKind;

class AdministrativeProcedureTest {

    private final ProcedureField field = new ProcedureField("TCDLCL", "Tiêu chuẩn đo lường chất lượng");
    private final Unit department = new Unit("NA-SKHCN", "Sở Khoa học và Công nghệ", null, UnitKind.DEPARTMENT, null, null);

    private AdministrativeProcedure procedure() {
        return new AdministrativeProcedure(" 1.001234 ", "  ", "Đăng ký công bố hợp chuẩn", field, department);
    }

    @Test
    void shouldStartWithoutOnlineLevelAndUnpublicised() {
        AdministrativeProcedure p = procedure();

        assertThat(p.code()).isEqualTo("1.001234");
        assertThat(p.nationalCode()).isEmpty();
        assertThat(p.name()).isEqualTo("Đăng ký công bố hợp chuẩn");
        assertThat(p.field()).isSameAs(field);
        assertThat(p.competentUnit()).isSameAs(department);
        assertThat(p.legacyOnlineLevel()).isEmpty();
        assertThat(p.onlineService()).isEmpty();
        assertThat(p.isPublicised()).isFalse();
    }

    @Test
    void shouldRequireCodeNameFieldAndUnit() {
        assertRejected(() -> new AdministrativeProcedure(" ", null, "x", field, department), "INVALID_PROCEDURE");
        assertRejected(() -> new AdministrativeProcedure("P1", null, null, field, department), "INVALID_PROCEDURE");
        assertRejected(() -> new AdministrativeProcedure("P1", null, "x", null, department), "INVALID_PROCEDURE");
        assertRejected(() -> new AdministrativeProcedure("P1", null, "x", field, null), "INVALID_PROCEDURE");
    }

    @Test
    void shouldRequireFieldCodeAndName() {
        assertRejected(() -> new ProcedureField(" ", "x"), "INVALID_PROCEDURE");
        assertRejected(() -> new ProcedureField("F", null), "INVALID_PROCEDURE");
    }

    @Test
    void shouldSetBothSchemesFromLegacyLevel() {
        AdministrativeProcedure p = procedure();

        p.offerAtLegacyLevel(3);

        assertThat(p.legacyOnlineLevel()).contains(3);
        assertThat(p.onlineService()).contains(OnlineService.PARTIAL);

        p.offerAtLegacyLevel(4);

        assertThat(p.legacyOnlineLevel()).contains(4);
        assertThat(p.onlineService()).contains(OnlineService.FULL);
    }

    @Test
    void shouldRejectInvalidLegacyLevelAndKeepPreviousOne() {
        AdministrativeProcedure p = procedure();
        p.offerAtLegacyLevel(2);

        assertRejected(() -> p.offerAtLegacyLevel(5), "INVALID_ONLINE_LEVEL");

        assertThat(p.legacyOnlineLevel()).contains(2);
        assertThat(p.onlineService()).contains(OnlineService.NONE);
    }

    @Test
    void shouldClearContradictingLegacyLevel() {
        AdministrativeProcedure p = procedure();
        p.offerAtLegacyLevel(3);

        p.offer(OnlineService.FULL);

        assertThat(p.onlineService()).contains(OnlineService.FULL);
        assertThat(p.legacyOnlineLevel()).isEmpty();
    }

    @Test
    void shouldKeepConsistentLegacyLevel() {
        AdministrativeProcedure p = procedure();
        p.offerAtLegacyLevel(2);

        p.offer(OnlineService.NONE);

        assertThat(p.onlineService()).contains(OnlineService.NONE);
        assertThat(p.legacyOnlineLevel()).contains(2);
    }

    @Test
    void shouldOfferNewSchemeWithoutLegacyLevel() {
        AdministrativeProcedure p = procedure();

        p.offer(OnlineService.PARTIAL);

        assertThat(p.onlineService()).contains(OnlineService.PARTIAL);
        assertThat(p.legacyOnlineLevel()).isEmpty();
    }

    @Test
    void shouldRejectMissingService() {
        AdministrativeProcedure p = procedure();
        p.offerAtLegacyLevel(4);

        assertRejected(() -> p.offer(null), "INVALID_ONLINE_LEVEL");
        assertThat(p.onlineService()).contains(OnlineService.FULL);
        assertThat(p.legacyOnlineLevel()).contains(4);
    }

    @Test
    void shouldPublicise() {
        AdministrativeProcedure p = procedure();

        p.publicise();

        assertThat(p.isPublicised()).isTrue();
    }

    @Test
    void shouldDescribeItAnewKeepingItsCodeAndLevel() {
        AdministrativeProcedure p = procedure();
        p.offerAtLegacyLevel(3);
        Unit office = new Unit("NA-SKHCN-VP", "Văn phòng Sở", null, UnitKind.DEPARTMENT_OFFICE, department, null);
        ProcedureField other = new ProcedureField("NLNT", "Năng lượng nguyên tử");

        p.describe(" 1.004226 ", "Tên mới", other, office);

        assertThat(p.code()).isEqualTo(procedure().code());
        assertThat(p.nationalCode()).contains("1.004226");
        assertThat(p.name()).isEqualTo("Tên mới");
        assertThat(p.field()).isSameAs(other);
        assertThat(p.competentUnit()).isSameAs(office);
        assertThat(p.legacyOnlineLevel()).contains(3);
        assertRejected(() -> p.describe(null, " ", other, office), "INVALID_PROCEDURE");
        assertRejected(() -> p.describe(null, "Tên", other, null), "INVALID_PROCEDURE");
    }
}
