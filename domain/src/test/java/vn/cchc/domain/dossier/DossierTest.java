package vn.cchc.domain.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.domain.shared.Rejections.assertRejected;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.cchc.domain.procedure.AdministrativeProcedure;
import vn.cchc.domain.procedure.ProcedureField;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitKind;

class DossierTest {

    private static final LocalDate RECEIVED = LocalDate.of(2022, 2, 7);
    private static final LocalDate DUE = LocalDate.of(2022, 2, 21);

    private final Unit shop = new Unit("NA-SKHCN-MC", "Bộ phận một cửa", null, UnitKind.ONE_STOP_SHOP, null,
            LocalDate.of(2015, 1, 1));
    private final AdministrativeProcedure procedure = new AdministrativeProcedure("1.001234", null,
            "Đăng ký công bố hợp chuẩn", new ProcedureField("TCDLCL", "Tiêu chuẩn đo lường chất lượng"), shop);

    private Dossier dossier() {
        return new Dossier("000.00.22.H40-220207-0001", procedure, shop, RECEIVED, DUE, DossierChannel.ONLINE, DossierKind.NEW);
    }

    @Test
    void shouldStartReceived() {
        Dossier d = dossier();

        assertThat(d.status()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(d.receivedOn()).isEqualTo(RECEIVED);
        assertThat(d.dueOn()).isEqualTo(DUE);
        assertThat(d.closedOn()).isEmpty();
        assertThat(d.channel()).isEqualTo(DossierChannel.ONLINE);
        assertThat(d.kind()).isEqualTo(DossierKind.NEW);
        assertThat(d.unit()).isSameAs(shop);
        assertThat(d.procedure()).isSameAs(procedure);
        assertThat(d.code()).isEqualTo("000.00.22.H40-220207-0001");
    }

    @Test
    void shouldAcceptDueOnTheDayOfReceipt() {
        Dossier d = new Dossier("D1", procedure, shop, RECEIVED, RECEIVED, DossierChannel.IN_PERSON, DossierKind.RENEWAL);

        assertThat(d.dueOn()).isEqualTo(RECEIVED);
    }

    @Test
    void shouldRejectDueBeforeReceived() {
        assertRejected(() -> new Dossier("D1", procedure, shop, RECEIVED, RECEIVED.minusDays(1), DossierChannel.ONLINE,
                DossierKind.NEW), "INVALID_DOSSIER");
    }

    @Test
    void shouldRejectReceiptByUnitClosedThatDay() {
        shop.close(LocalDate.of(2021, 12, 31));

        assertRejected(() -> dossier(), "INVALID_DOSSIER");
    }

    @Test
    void shouldRejectReceiptBeforeUnitOpened() {
        assertRejected(() -> new Dossier("D1", procedure, shop, LocalDate.of(2014, 12, 31), DUE, DossierChannel.ONLINE,
                DossierKind.NEW), "INVALID_DOSSIER");
    }

    @Test
    void shouldRequireEveryField() {
        assertRejected(() -> new Dossier(" ", procedure, shop, RECEIVED, DUE, DossierChannel.ONLINE, DossierKind.NEW), "INVALID_DOSSIER");
        assertRejected(() -> new Dossier("D1", null, shop, RECEIVED, DUE, DossierChannel.ONLINE, DossierKind.NEW), "INVALID_DOSSIER");
        assertRejected(() -> new Dossier("D1", procedure, null, RECEIVED, DUE, DossierChannel.ONLINE, DossierKind.NEW), "INVALID_DOSSIER");
        assertRejected(() -> new Dossier("D1", procedure, shop, null, DUE, DossierChannel.ONLINE, DossierKind.NEW), "INVALID_DOSSIER");
        assertRejected(() -> new Dossier("D1", procedure, shop, RECEIVED, null, DossierChannel.ONLINE, DossierKind.NEW), "INVALID_DOSSIER");
        assertRejected(() -> new Dossier("D1", procedure, shop, RECEIVED, DUE, null, DossierKind.NEW), "INVALID_DOSSIER");
        assertRejected(() -> new Dossier("D1", procedure, shop, RECEIVED, DUE, DossierChannel.POST, null), "INVALID_DOSSIER");
    }

    @Test
    void shouldStartProcessing() {
        Dossier d = dossier();

        d.startProcessing();

        assertThat(d.status()).isEqualTo(DossierStatus.IN_PROGRESS);
        assertThat(d.status().isClosed()).isFalse();
    }

    @Test
    void shouldResolveEarlyBeforeDueDate() {
        Dossier d = dossier();
        d.startProcessing();

        d.resolve(DUE.minusDays(1));

        assertThat(d.status()).isEqualTo(DossierStatus.RESOLVED_EARLY);
        assertThat(d.status().isResolved()).isTrue();
        assertThat(d.closedOn()).contains(DUE.minusDays(1));
    }

    @Test
    void shouldResolveOnTimeOnDueDate() {
        Dossier d = dossier();

        d.resolve(DUE);

        assertThat(d.status()).isEqualTo(DossierStatus.RESOLVED_ON_TIME);
        assertThat(d.closedOn()).contains(DUE);
    }

    @Test
    void shouldResolveLateAfterDueDate() {
        Dossier d = dossier();

        d.resolve(DUE.plusDays(1));

        assertThat(d.status()).isEqualTo(DossierStatus.RESOLVED_LATE);
        assertThat(d.closedOn()).contains(DUE.plusDays(1));
    }

    @Test
    void shouldResolveOnDayOfReceipt() {
        Dossier d = dossier();

        d.resolve(RECEIVED);

        assertThat(d.status()).isEqualTo(DossierStatus.RESOLVED_EARLY);
    }

    @Test
    void shouldRejectResolvingBeforeReceipt() {
        Dossier d = dossier();

        assertRejected(() -> d.resolve(RECEIVED.minusDays(1)), "INVALID_DOSSIER");
        assertThat(d.status()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(d.closedOn()).isEmpty();
    }

    @Test
    void shouldRejectResolvingWithoutADay() {
        Dossier d = dossier();

        assertRejected(() -> d.resolve(null), "INVALID_DOSSIER");
        assertThat(d.status()).isEqualTo(DossierStatus.RECEIVED);
    }

    @Test
    void shouldRejectClosingTwice() {
        Dossier d = dossier();
        d.resolve(DUE);

        assertRejected(() -> d.resolve(DUE.plusDays(2)), "INVALID_DOSSIER");
        assertRejected(() -> d.withdraw(DUE.plusDays(2)), "INVALID_DOSSIER");
        assertRejected(() -> d.returnToApplicant(DUE.plusDays(2)), "INVALID_DOSSIER");
        assertRejected(d::startProcessing, "INVALID_DOSSIER");
        assertThat(d.status()).isEqualTo(DossierStatus.RESOLVED_ON_TIME);
        assertThat(d.closedOn()).contains(DUE);
    }

    @Test
    void shouldReturnToApplicant() {
        Dossier d = dossier();

        d.returnToApplicant(RECEIVED.plusDays(2));

        assertThat(d.status()).isEqualTo(DossierStatus.RETURNED);
        assertThat(d.status().isClosed()).isTrue();
        assertThat(d.status().isResolved()).isFalse();
        assertThat(d.closedOn()).contains(RECEIVED.plusDays(2));
    }

    @Test
    void shouldWithdraw() {
        Dossier d = dossier();
        d.startProcessing();

        d.withdraw(RECEIVED.plusDays(3));

        assertThat(d.status()).isEqualTo(DossierStatus.WITHDRAWN);
        assertThat(d.status().isResolved()).isFalse();
        assertThat(d.closedOn()).contains(RECEIVED.plusDays(3));
        assertRejected(() -> d.returnToApplicant(RECEIVED.plusDays(4)), "INVALID_DOSSIER");
    }

    @Test
    void shouldBeOverdueOnlyWhenOpenAfterDueDate() {
        Dossier d = dossier();

        assertThat(d.isOverdueOn(RECEIVED)).isFalse();
        assertThat(d.isOverdueOn(DUE)).isFalse();
        assertThat(d.isOverdueOn(DUE.plusDays(1))).isTrue();
    }

    @Test
    void shouldNotBeOverdueOnceClosed() {
        Dossier d = dossier();
        d.resolve(DUE.plusDays(5));

        assertThat(d.isOverdueOn(DUE.plusDays(10))).isFalse();
    }
}
