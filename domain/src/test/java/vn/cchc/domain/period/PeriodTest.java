package vn.cchc.domain.period;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.domain.shared.Rejections.assertRejected;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cchc.domain.shared.DomainException;

class PeriodTest {

    @Test
    void shouldBuildQuarter() {
        Period q = Period.quarter(2022, 3);

        assertThat(q.year()).isEqualTo(2022);
        assertThat(q.type()).isEqualTo(PeriodType.QUARTER);
        assertThat(q.number()).isEqualTo(3);
        assertThat(q.quarter()).isEqualTo(3);
        assertThat(q).hasToString("2022-Q3");
    }

    @Test
    void shouldBuildHalfYearNineMonthsAndYear() {
        assertThat(Period.halfYear(2022, 2).type()).isEqualTo(PeriodType.HALF_YEAR);
        assertThat(Period.halfYear(2022, 2).number()).isEqualTo(2);
        assertThat(Period.nineMonths(2022).type()).isEqualTo(PeriodType.NINE_MONTHS);
        assertThat(Period.nineMonths(2022).number()).isEqualTo(1);
        assertThat(Period.year(2022).type()).isEqualTo(PeriodType.YEAR);
        assertThat(Period.year(2022).number()).isEqualTo(1);
        assertThat(Period.of(2022, PeriodType.HALF_YEAR, 1)).isEqualTo(Period.halfYear(2022, 1));
    }

    @Test
    void shouldHaveNoQuarterNumberWhenNotAQuarter() {
        assertThat(Period.halfYear(2022, 1).quarter()).isNull();
        assertThat(Period.nineMonths(2022).quarter()).isNull();
        assertThat(Period.year(2022).quarter()).isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, -1})
    void shouldRejectQuarterOutsideOneToFourNamingIt(int quarter) {
        DomainException e = assertRejected(() -> Period.quarter(2022, quarter), "INVALID_PERIOD");

        assertThat(e.getMessage()).contains("quarter").contains(String.valueOf(quarter));
    }

    @Test
    void shouldRejectHalfYearThree() {
        assertRejected(() -> Period.halfYear(2022, 3), "INVALID_PERIOD");
        assertRejected(() -> Period.of(2022, PeriodType.YEAR, 2), "INVALID_PERIOD");
    }

    @Test
    void shouldRejectMissingType() {
        assertRejected(() -> Period.of(2022, null, 1), "INVALID_PERIOD");
    }

    @ParameterizedTest
    @ValueSource(ints = {1944, 3000, 0, -2022})
    void shouldRejectYearOutOfRange(int year) {
        DomainException e = assertRejected(() -> Period.quarter(year, 1), "INVALID_PERIOD");

        assertThat(e.getMessage()).contains(String.valueOf(year));
    }

    @Test
    void shouldAcceptBoundaryYears() {
        assertThat(Period.year(Period.FIRST_YEAR).year()).isEqualTo(1945);
        assertThat(Period.year(Period.LAST_YEAR).year()).isEqualTo(2999);
    }

    @Test
    void shouldSpanFirstQuarter() {
        assertThat(Period.quarter(2022, 1).startDate()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(Period.quarter(2022, 1).endDate()).isEqualTo(LocalDate.of(2022, 3, 31));
    }

    @Test
    void shouldSpanSecondAndFourthQuarter() {
        assertThat(Period.quarter(2022, 2).startDate()).isEqualTo(LocalDate.of(2022, 4, 1));
        assertThat(Period.quarter(2022, 2).endDate()).isEqualTo(LocalDate.of(2022, 6, 30));
        assertThat(Period.quarter(2022, 4).startDate()).isEqualTo(LocalDate.of(2022, 10, 1));
        assertThat(Period.quarter(2022, 4).endDate()).isEqualTo(LocalDate.of(2022, 12, 31));
    }

    @Test
    void shouldSpanHalfYears() {
        assertThat(Period.halfYear(2022, 1).startDate()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(Period.halfYear(2022, 1).endDate()).isEqualTo(LocalDate.of(2022, 6, 30));
        assertThat(Period.halfYear(2022, 2).startDate()).isEqualTo(LocalDate.of(2022, 7, 1));
        assertThat(Period.halfYear(2022, 2).endDate()).isEqualTo(LocalDate.of(2022, 12, 31));
    }

    @Test
    void shouldSpanNineMonthsAndYear() {
        assertThat(Period.nineMonths(2022).startDate()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(Period.nineMonths(2022).endDate()).isEqualTo(LocalDate.of(2022, 9, 30));
        assertThat(Period.year(2024).startDate()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(Period.year(2024).endDate()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void shouldContainItsBoundaryDaysOnly() {
        Period q1 = Period.quarter(2022, 1);

        assertThat(q1.contains(LocalDate.of(2022, 1, 1))).isTrue();
        assertThat(q1.contains(LocalDate.of(2022, 2, 15))).isTrue();
        assertThat(q1.contains(LocalDate.of(2022, 3, 31))).isTrue();
        assertThat(q1.contains(LocalDate.of(2021, 12, 31))).isFalse();
        assertThat(q1.contains(LocalDate.of(2022, 4, 1))).isFalse();
    }

    @Test
    void shouldGoBackFromFirstQuarterToLastQuarterOfPreviousYear() {
        assertThat(Period.quarter(2022, 1).previous()).isEqualTo(Period.quarter(2021, 4));
    }

    @Test
    void shouldGoBackWithinTheYear() {
        assertThat(Period.quarter(2022, 3).previous()).isEqualTo(Period.quarter(2022, 2));
        assertThat(Period.halfYear(2022, 2).previous()).isEqualTo(Period.halfYear(2022, 1));
    }

    @Test
    void shouldGoBackFromFirstHalfToPreviousSecondHalf() {
        assertThat(Period.halfYear(2022, 1).previous()).isEqualTo(Period.halfYear(2021, 2));
    }

    @Test
    void shouldGoBackFromYearAndNineMonthsToPreviousYear() {
        assertThat(Period.year(2022).previous()).isEqualTo(Period.year(2021));
        assertThat(Period.nineMonths(2022).previous()).isEqualTo(Period.nineMonths(2021));
    }

    @Test
    void shouldGoForward() {
        assertThat(Period.quarter(2022, 4).next()).isEqualTo(Period.quarter(2023, 1));
        assertThat(Period.quarter(2022, 1).next()).isEqualTo(Period.quarter(2022, 2));
        assertThat(Period.halfYear(2022, 1).next()).isEqualTo(Period.halfYear(2022, 2));
        assertThat(Period.halfYear(2022, 2).next()).isEqualTo(Period.halfYear(2023, 1));
        assertThat(Period.year(2022).next()).isEqualTo(Period.year(2023));
    }

    @Test
    void shouldGiveSamePeriodOneYearEarlier() {
        assertThat(Period.quarter(2022, 1).yearEarlier()).isEqualTo(Period.quarter(2021, 1));
        assertThat(Period.halfYear(2022, 2).yearEarlier()).isEqualTo(Period.halfYear(2021, 2));
        assertThat(Period.nineMonths(2022).yearEarlier()).isEqualTo(Period.nineMonths(2021));
    }

    @Test
    void shouldRejectStepBeyondFirstYear() {
        assertRejected(() -> Period.year(Period.FIRST_YEAR).previous(), "INVALID_PERIOD");
        assertRejected(() -> Period.quarter(Period.LAST_YEAR, 4).next(), "INVALID_PERIOD");
    }

    @Test
    void shouldFindTheQuarterOfADay() {
        assertThat(Period.quarterOf(LocalDate.of(2022, 1, 1))).isEqualTo(Period.quarter(2022, 1));
        assertThat(Period.quarterOf(LocalDate.of(2022, 3, 31))).isEqualTo(Period.quarter(2022, 1));
        assertThat(Period.quarterOf(LocalDate.of(2022, 4, 1))).isEqualTo(Period.quarter(2022, 2));
        assertThat(Period.quarterOf(LocalDate.of(2022, 8, 15))).isEqualTo(Period.quarter(2022, 3));
        assertThat(Period.quarterOf(LocalDate.of(2022, 12, 31))).isEqualTo(Period.quarter(2022, 4));
    }

    @Test
    void shouldOrderQuartersChronologically() {
        assertThat(Period.quarter(2022, 1)).isLessThan(Period.quarter(2022, 2));
        assertThat(Period.quarter(2022, 2)).isLessThan(Period.quarter(2022, 3));
        assertThat(Period.quarter(2022, 3)).isLessThan(Period.quarter(2022, 4));
        assertThat(Period.quarter(2021, 4)).isLessThan(Period.quarter(2022, 1));
    }

    @Test
    void shouldSortQuarterBeforeHalfYearEndingTheSameDay() {
        assertThat(Period.quarter(2022, 2)).isLessThan(Period.halfYear(2022, 1));
        assertThat(Period.halfYear(2022, 1)).isGreaterThan(Period.quarter(2022, 2));
        assertThat(Period.quarter(2022, 3)).isLessThan(Period.nineMonths(2022));
    }

    @Test
    void shouldSortAllPeriodsOfAYearByEndThenShorterFirst() {
        List<Period> periods = new ArrayList<>(List.of(
                Period.year(2022), Period.nineMonths(2022), Period.halfYear(2022, 2), Period.quarter(2022, 4),
                Period.halfYear(2022, 1), Period.quarter(2022, 3), Period.quarter(2022, 2), Period.quarter(2022, 1)));
        Collections.shuffle(periods, new java.util.Random(7));
        Collections.sort(periods);

        assertThat(periods).containsExactly(
                Period.quarter(2022, 1), Period.quarter(2022, 2), Period.halfYear(2022, 1), Period.quarter(2022, 3),
                Period.nineMonths(2022), Period.quarter(2022, 4), Period.halfYear(2022, 2), Period.year(2022));
    }

    @Test
    void shouldCompareEqualPeriodsAsZero() {
        assertThat(Period.quarter(2022, 2).compareTo(Period.quarter(2022, 2))).isZero();
    }

    @Test
    void shouldLabelInVietnamese() {
        assertThat(Period.quarter(2022, 1).labelVi()).isEqualTo("quý I năm 2022");
        assertThat(Period.quarter(2022, 2).labelVi()).isEqualTo("quý II năm 2022");
        assertThat(Period.quarter(2022, 3).labelVi()).isEqualTo("quý III năm 2022");
        assertThat(Period.quarter(2022, 4).labelVi()).isEqualTo("quý IV năm 2022");
        assertThat(Period.halfYear(2022, 1).labelVi()).isEqualTo("6 tháng đầu năm 2022");
        assertThat(Period.halfYear(2022, 2).labelVi()).isEqualTo("6 tháng cuối năm 2022");
        assertThat(Period.nineMonths(2022).labelVi()).isEqualTo("9 tháng năm 2022");
        assertThat(Period.year(2022).labelVi()).isEqualTo("năm 2022");
    }

    @Test
    void shouldPrintCompactForm() {
        assertThat(Period.halfYear(2022, 1)).hasToString("2022-H1");
        assertThat(Period.nineMonths(2022)).hasToString("2022-9M");
        assertThat(Period.year(2022)).hasToString("2022");
    }

    @Test
    void shouldBeEqualByValue() {
        assertThat(Period.quarter(2022, 1)).isEqualTo(Period.quarter(2022, 1));
        assertThat(Period.quarter(2022, 1)).hasSameHashCodeAs(Period.quarter(2022, 1));
        assertThat(Period.quarter(2022, 1)).isNotEqualTo(Period.quarter(2022, 2));
        assertThat(Period.quarter(2022, 1)).isNotEqualTo(Period.quarter(2021, 1));
        assertThat(Period.halfYear(2022, 1)).isNotEqualTo(Period.quarter(2022, 1));
        assertThat(Period.year(2022)).isNotEqualTo(Period.nineMonths(2022));
        assertThat(Period.year(2022)).isNotEqualTo("2022");
    }
}
