package vn.cchc.domain.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.domain.shared.Rejections.assertRejected;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitKind;

/** The dated history of a procedure's online level, and how it keeps the current level in step. */
class OnlineServiceHistoryTest {

    private static final LocalDate JAN_2022 = LocalDate.of(2022, 1, 1);
    private static final LocalDate MAY_2022 = LocalDate.of(2022, 5, 16);
    private static final LocalDate DECREE_42 = LocalDate.of(2022, 8, 1);
    private static final LocalDate MAR_2024 = LocalDate.of(2024, 3, 4);

    private final ProcedureField field = new ProcedureField("XD", "Xây dựng");
    private final Unit department = new Unit("MH-SXD", "Sở Xây dựng", null, UnitKind.DEPARTMENT, null, null);

    private AdministrativeProcedure procedure() {
        return new AdministrativeProcedure("MH-SXD-001", null, "Cấp giấy phép xây dựng", field, department);
    }

    /** Level 2 from 2022, level 3 from May 2022, fully online (new scheme only) from March 2024. */
    private AdministrativeProcedure upgradedTwice() {
        AdministrativeProcedure p = procedure();
        p.changeOnlineService(OnlineServiceChange.toLegacyLevel(JAN_2022, 2));
        p.changeOnlineService(OnlineServiceChange.toLegacyLevel(MAY_2022, 3));
        p.changeOnlineService(OnlineServiceChange.to(MAR_2024, OnlineService.FULL));
        return p;
    }

    @Test
    void shouldKnowNoLevelOnAnyDayWhenNoneWasRecorded() {
        AdministrativeProcedure p = procedure();

        assertThat(p.onlineServiceOn(JAN_2022)).isEmpty();
        assertThat(p.onlineServiceOn(LocalDate.of(2030, 1, 1))).isEmpty();
    }

    @Test
    void shouldHoldALevelRecordedWithoutADateOnEveryDay() {
        AdministrativeProcedure p = procedure();
        p.offerAtLegacyLevel(4);

        assertThat(p.onlineServiceChanges()).isEmpty();
        assertThat(p.onlineServiceOn(LocalDate.of(1990, 1, 1))).contains(OnlineService.FULL);
        assertThat(p.onlineServiceOn(LocalDate.of(2025, 1, 1))).contains(OnlineService.FULL);

        p.offer(OnlineService.PARTIAL);
        assertThat(p.onlineServiceOn(LocalDate.of(1990, 1, 1))).as("the level now recorded, since no known day")
                .contains(OnlineService.PARTIAL);
    }

    @Test
    void shouldKnowNoLevelBeforeTheFirstDatedChange() {
        AdministrativeProcedure p = upgradedTwice();

        assertThat(p.onlineServiceOn(JAN_2022.minusDays(1))).isEmpty();
        assertThat(p.onlineServiceOn(LocalDate.of(1990, 1, 1))).isEmpty();
    }

    @Test
    void shouldForgetAnUndatedLevelOnceADatedHistoryBegins() {
        AdministrativeProcedure p = procedure();
        p.offer(OnlineService.FULL);

        p.changeOnlineService(OnlineServiceChange.to(MAY_2022, OnlineService.PARTIAL));

        assertThat(p.onlineServiceOn(MAY_2022.minusDays(1))).as("before the first dated change").isEmpty();
        assertThat(p.onlineServiceOn(MAY_2022)).contains(OnlineService.PARTIAL);
    }

    @Test
    void shouldTakeEachChangeFromItsOwnDay() {
        AdministrativeProcedure p = upgradedTwice();

        assertThat(p.onlineServiceOn(JAN_2022)).contains(OnlineService.NONE);
        assertThat(p.onlineServiceOn(MAY_2022)).contains(OnlineService.PARTIAL);
        assertThat(p.onlineServiceOn(MAR_2024)).contains(OnlineService.FULL);
    }

    @Test
    void shouldKeepALevelUntilTheDayBeforeTheNextChange() {
        AdministrativeProcedure p = upgradedTwice();

        assertThat(p.onlineServiceOn(JAN_2022.plusDays(1))).contains(OnlineService.NONE);
        assertThat(p.onlineServiceOn(MAY_2022.minusDays(1))).contains(OnlineService.NONE);
        assertThat(p.onlineServiceOn(DECREE_42)).contains(OnlineService.PARTIAL);
        assertThat(p.onlineServiceOn(MAR_2024.minusDays(1))).contains(OnlineService.PARTIAL);
    }

    @Test
    void shouldKeepTheLastChangeAfterIt() {
        AdministrativeProcedure p = upgradedTwice();

        assertThat(p.onlineServiceOn(MAR_2024.plusDays(1))).contains(OnlineService.FULL);
        assertThat(p.onlineServiceOn(LocalDate.of(2030, 1, 1))).contains(OnlineService.FULL);
    }

    @Test
    void shouldKeepTheLatestChangeAsTheCurrentLevel() {
        AdministrativeProcedure p = procedure();

        p.changeOnlineService(OnlineServiceChange.toLegacyLevel(JAN_2022, 2));
        assertThat(p.legacyOnlineLevel()).contains(2);
        assertThat(p.onlineService()).contains(OnlineService.NONE);

        p.changeOnlineService(OnlineServiceChange.toLegacyLevel(MAY_2022, 3));
        assertThat(p.legacyOnlineLevel()).contains(3);
        assertThat(p.onlineService()).contains(OnlineService.PARTIAL);

        p.changeOnlineService(OnlineServiceChange.to(MAR_2024, OnlineService.FULL));
        assertThat(p.onlineService()).contains(OnlineService.FULL);
        assertThat(p.legacyOnlineLevel()).as("level 3 no longer holds once the service is full").isEmpty();
        assertThat(p.onlineServiceChanges()).extracting(OnlineServiceChange::effectiveFrom)
                .containsExactly(JAN_2022, MAY_2022, MAR_2024);
    }

    @Test
    void shouldKeepAConsistentLegacyLevelWhenReclassifiedUnderTheNewScheme() {
        AdministrativeProcedure p = procedure();
        p.changeOnlineService(OnlineServiceChange.toLegacyLevel(JAN_2022, 3));

        p.changeOnlineService(OnlineServiceChange.to(DECREE_42, OnlineService.PARTIAL));

        assertThat(p.legacyOnlineLevel()).contains(3);
        assertThat(p.onlineServiceChanges().get(1).legacyLevel()).isEmpty();
    }

    @Test
    void shouldRefuseChangesOutOfDateOrder() {
        AdministrativeProcedure p = upgradedTwice();

        assertRejected(() -> p.changeOnlineService(OnlineServiceChange.to(MAY_2022.plusDays(1), OnlineService.NONE)),
                "INVALID_ONLINE_LEVEL");
        assertRejected(() -> p.changeOnlineService(OnlineServiceChange.to(MAR_2024, OnlineService.PARTIAL)),
                "INVALID_ONLINE_LEVEL");

        assertThat(p.onlineServiceChanges()).hasSize(3);
        assertThat(p.onlineService()).contains(OnlineService.FULL);
    }

    @Test
    void shouldRefuseUndatedChangesOnceTheHistoryIsDated() {
        AdministrativeProcedure p = upgradedTwice();

        assertRejected(() -> p.offer(OnlineService.NONE), "INVALID_ONLINE_LEVEL");
        assertRejected(() -> p.offerAtLegacyLevel(1), "INVALID_ONLINE_LEVEL");

        assertThat(p.onlineService()).contains(OnlineService.FULL);
        assertThat(p.onlineServiceOn(MAR_2024)).contains(OnlineService.FULL);
    }

    @Test
    void shouldValidateAChange() {
        assertRejected(() -> new OnlineServiceChange(null, 3, OnlineService.PARTIAL), "INVALID_ONLINE_LEVEL");
        assertRejected(() -> new OnlineServiceChange(JAN_2022, 3, null), "INVALID_ONLINE_LEVEL");
        assertRejected(() -> new OnlineServiceChange(JAN_2022, 4, OnlineService.PARTIAL), "INVALID_ONLINE_LEVEL");
        assertRejected(() -> OnlineServiceChange.toLegacyLevel(JAN_2022, 5), "INVALID_ONLINE_LEVEL");
        assertRejected(() -> procedure().changeOnlineService(null), "INVALID_ONLINE_LEVEL");
        assertRejected(() -> procedure().onlineServiceOn(null), "INVALID_ONLINE_LEVEL");

        OnlineServiceChange change = new OnlineServiceChange(JAN_2022, 4, OnlineService.FULL);
        assertThat(change.legacyLevel()).contains(4);
        assertThat(change.service()).isEqualTo(OnlineService.FULL);
        assertThat(change.effectiveFrom()).isEqualTo(JAN_2022);
    }
}
