package vn.cchc.domain.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.domain.shared.Rejections.assertRejected;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitTest {

    private static final LocalDate OPENED = LocalDate.of(2008, 4, 1);

    private final Unit province = new Unit("NA", "Tỉnh Nghệ An", null, UnitKind.PROVINCE, null, null);
    private final Unit committee = new Unit("NA-UBND", "UBND tỉnh Nghệ An", "UBND tỉnh", UnitKind.PEOPLES_COMMITTEE, province, null);
    private final Unit department = new Unit("NA-SKHCN", "Sở Khoa học và Công nghệ", "Sở KH&CN", UnitKind.DEPARTMENT,
            committee, OPENED);
    private final Unit office = new Unit("NA-SKHCN-VP", "Văn phòng Sở", null, UnitKind.DEPARTMENT_OFFICE, department, OPENED);

    @Test
    void shouldKeepWhatWasGiven() {
        assertThat(department.code()).isEqualTo("NA-SKHCN");
        assertThat(department.name()).isEqualTo("Sở Khoa học và Công nghệ");
        assertThat(department.shortName()).isEqualTo("Sở KH&CN");
        assertThat(department.kind()).isEqualTo(UnitKind.DEPARTMENT);
        assertThat(department.parent()).contains(committee);
        assertThat(department.validFrom()).isEqualTo(OPENED);
        assertThat(department.validTo()).isNull();
        assertThat(department.autonomyRegime()).isEmpty();
        assertThat(department.id()).isNull();
        assertThat(department).hasToString("NA-SKHCN");
    }

    @Test
    void shouldStripCode() {
        assertThat(new Unit("  NA_01 ", "x", null, UnitKind.COMMUNE, null, null).code()).isEqualTo("NA_01");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "na-skhcn", "-NA", "_NA", "NA SKHCN", "NA/SKHCN", "SỞ",
            "A1234567890123456789012345678901234567890123456789012345678901234"})
    void shouldRejectMalformedCode(String code) {
        assertRejected(() -> new Unit(code, "Sở", null, UnitKind.DEPARTMENT, null, null), "INVALID_UNIT");
    }

    @Test
    void shouldAcceptLongestCode() {
        String code = "A" + "B".repeat(63);

        assertThat(new Unit(code, "x", null, UnitKind.DEPARTMENT, null, null).code()).hasSize(64);
    }

    @Test
    void shouldRequireNameAndKind() {
        assertRejected(() -> new Unit("NA-X", " ", null, UnitKind.DEPARTMENT, null, null), "INVALID_UNIT");
        assertRejected(() -> new Unit("NA-X", "Sở", null, null, null, null), "INVALID_UNIT");
    }

    @Test
    void shouldRenameAndDropBlankShortName() {
        department.rename("  Sở Khoa học, Công nghệ ", " ");

        assertThat(department.name()).isEqualTo("Sở Khoa học, Công nghệ");
        assertThat(department.shortName()).isNull();
    }

    @Test
    void shouldRejectBlankNewName() {
        assertRejected(() -> department.rename("  ", "x"), "INVALID_UNIT");
        assertThat(department.name()).isEqualTo("Sở Khoa học và Công nghệ");
    }

    @Test
    void shouldBuildTreePathFromRoot() {
        assertThat(province.path()).isEqualTo("/NA/");
        assertThat(committee.path()).isEqualTo("/NA/NA-UBND/");
        assertThat(office.path()).isEqualTo("/NA/NA-UBND/NA-SKHCN/NA-SKHCN-VP/");
    }

    @Test
    void shouldMoveUnderAnotherParent() {
        Unit other = new Unit("HT", "Tỉnh Hà Tĩnh", null, UnitKind.PROVINCE, null, null);

        office.moveTo(other);

        assertThat(office.parent()).contains(other);
        assertThat(office.path()).isEqualTo("/HT/NA-SKHCN-VP/");
        assertThat(office.isWithin(other)).isTrue();
        assertThat(office.isWithin(department)).isFalse();
    }

    @Test
    void shouldBecomeARootWhenMovedUnderNothing() {
        office.moveTo(null);

        assertThat(office.parent()).isEmpty();
        assertThat(office.path()).isEqualTo("/NA-SKHCN-VP/");
    }

    @Test
    void shouldKeepDescendantPathsInStepWhenMoved() {
        Unit other = new Unit("HT", "Tỉnh Hà Tĩnh", null, UnitKind.PROVINCE, null, null);

        department.moveTo(other);

        // the path of a unit is "the codes from the root down to this unit", also for the units below the moved one
        assertThat(office.isWithin(other)).isTrue();
        assertThat(office.path()).isEqualTo("/HT/NA-SKHCN/NA-SKHCN-VP/");
    }

    @Test
    void shouldRejectMovingUnderItself() {
        assertRejected(() -> department.moveTo(department), "INVALID_UNIT");
    }

    @Test
    void shouldRejectMovingUnderItsOwnDescendant() {
        assertRejected(() -> committee.moveTo(office), "INVALID_UNIT");

        assertThat(committee.parent()).contains(province);
        assertThat(committee.path()).isEqualTo("/NA/NA-UBND/");
    }

    @Test
    void shouldTellWhetherWithinAnAncestor() {
        assertThat(office.isWithin(office)).isTrue();
        assertThat(office.isWithin(department)).isTrue();
        assertThat(office.isWithin(province)).isTrue();
        assertThat(department.isWithin(office)).isFalse();
        Unit sibling = new Unit("NA-SNV", "Sở Nội vụ", null, UnitKind.DEPARTMENT, committee, null);
        assertThat(office.isWithin(sibling)).isFalse();
        assertThat(sibling.isWithin(committee)).isTrue();
    }

    @Test
    void shouldAssignAutonomyRegimeToPublicServiceUnit() {
        Unit centre = new Unit("NA-SKHCN-TT", "Trung tâm Ứng dụng tiến bộ KH&CN", null, UnitKind.PUBLIC_SERVICE_UNIT,
                department, null);

        centre.assignAutonomyRegime(AutonomyRegime.PARTLY_SELF_FINANCING_RECURRENT);

        assertThat(centre.autonomyRegime()).contains(AutonomyRegime.PARTLY_SELF_FINANCING_RECURRENT);
    }

    @Test
    void shouldRejectAutonomyRegimeForOtherKinds() {
        assertRejected(() -> department.assignAutonomyRegime(AutonomyRegime.STATE_FUNDED), "INVALID_UNIT");
        assertThat(department.autonomyRegime()).isEmpty();
    }

    @Test
    void shouldCloseWithSuccessorsBothWays() {
        Unit merged = new Unit("NA-SKHCN-MOI", "Sở KH&CN (mới)", null, UnitKind.DEPARTMENT, committee, LocalDate.of(2025, 7, 1));
        Unit other = new Unit("NA-STTTT", "Sở Thông tin và Truyền thông", null, UnitKind.DEPARTMENT, committee, null);
        LocalDate lastDay = LocalDate.of(2025, 6, 30);

        department.close(lastDay, merged);
        other.close(lastDay, merged);

        assertThat(department.validTo()).isEqualTo(lastDay);
        assertThat(department.successors()).containsExactly(merged);
        assertThat(department.predecessors()).isEmpty();
        assertThat(merged.predecessors()).containsExactly(department, other);
        assertThat(merged.successors()).isEmpty();
    }

    @Test
    void shouldCloseWithoutSuccessor() {
        department.close(LocalDate.of(2025, 6, 30));

        assertThat(department.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(department.successors()).isEmpty();
    }

    @Test
    void shouldBeOpenOnlyBetweenItsValidityDays() {
        department.close(LocalDate.of(2025, 6, 30));

        assertThat(department.isOpenOn(OPENED.minusDays(1))).isFalse();
        assertThat(department.isOpenOn(OPENED)).isTrue();
        assertThat(department.isOpenOn(LocalDate.of(2022, 3, 31))).isTrue();
        assertThat(department.isOpenOn(LocalDate.of(2025, 6, 30))).isTrue();
        assertThat(department.isOpenOn(LocalDate.of(2025, 7, 1))).isFalse();
    }

    @Test
    void shouldBeOpenAlwaysWhenDatesAreUnknown() {
        assertThat(province.isOpenOn(LocalDate.of(1900, 1, 1))).isTrue();
        assertThat(province.isOpenOn(LocalDate.of(2999, 1, 1))).isTrue();
    }

    @Test
    void shouldRejectClosingTwice() {
        department.close(LocalDate.of(2025, 6, 30));

        assertRejected(() -> department.close(LocalDate.of(2025, 12, 31)), "INVALID_UNIT");
        assertThat(department.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void shouldRejectClosingBeforeItOpened() {
        assertRejected(() -> department.close(OPENED.minusDays(1)), "INVALID_UNIT");
        assertThat(department.validTo()).isNull();
    }

    @Test
    void shouldAllowClosingOnItsFirstDay() {
        department.close(OPENED);

        assertThat(department.isOpenOn(OPENED)).isTrue();
        assertThat(department.isOpenOn(OPENED.plusDays(1))).isFalse();
    }

    @Test
    void shouldRequireClosingDay() {
        assertRejected(() -> department.close(null), "INVALID_UNIT");
    }

    @Test
    void shouldRejectSucceedingItselfAndStayOpen() {
        assertRejected(() -> department.close(LocalDate.of(2025, 6, 30), department), "INVALID_UNIT");

        // a rejected close must leave the unit as it was
        assertThat(department.validTo()).isNull();
        assertThat(department.successors()).isEmpty();
        assertThat(department.predecessors()).isEmpty();
    }

    @Test
    void shouldBeRealDataUnlessMarkedGenerated() {
        assertThat(department.isGenerated()).isFalse();

        department.markGenerated();

        assertThat(department.isGenerated()).isTrue();
        assertThat(office.isGenerated()).as("marking one unit leaves the others alone").isFalse();
    }
}
