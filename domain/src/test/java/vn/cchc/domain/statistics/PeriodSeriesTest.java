package vn.cchc.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.domain.shared.Rejections.assertRejected;

import org.junit.jupiter.api.Test;
import vn.cchc.domain.period.Period;

class PeriodSeriesTest {

    @Test
    void shouldListConsecutivePeriodsAcrossYears() {
        assertThat(new PeriodSeries(Period.quarter(2023, 3), Period.quarter(2024, 2)).periods()).containsExactly(
                Period.quarter(2023, 3), Period.quarter(2023, 4), Period.quarter(2024, 1), Period.quarter(2024, 2));
        assertThat(PeriodSeries.of(Period.nineMonths(2024), null).periods()).containsExactly(Period.nineMonths(2024));
        assertThat(new PeriodSeries(Period.year(2021), Period.year(2024)).periods()).hasSize(4);
    }

    @Test
    void shouldReachBackAYearForTheFirstComparison() {
        assertThat(new PeriodSeries(Period.quarter(2024, 2), Period.quarter(2024, 4)).earliestComparison())
                .isEqualTo(Period.quarter(2023, 2));
        assertThat(PeriodSeries.of(Period.quarter(Period.FIRST_YEAR, 1), null).earliestComparison())
                .isEqualTo(Period.quarter(Period.FIRST_YEAR, 1));
    }

    @Test
    void shouldRefuseMixedReversedOrOverlongSeries() {
        assertRejected(() -> new PeriodSeries(Period.quarter(2024, 1), Period.year(2024)), "INVALID_PERIOD");
        assertRejected(() -> new PeriodSeries(Period.quarter(2024, 2), Period.quarter(2024, 1)), "INVALID_PERIOD");
        assertRejected(() -> new PeriodSeries(Period.year(1980), Period.year(2024)), "INVALID_PERIOD");
    }
}
