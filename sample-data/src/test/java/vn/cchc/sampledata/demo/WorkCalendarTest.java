package vn.cchc.sampledata.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.cchc.domain.period.Period;

/** Working days as public offices count them. */
class WorkCalendarTest {

    private final WorkCalendar calendar = new WorkCalendar();

    @Test
    void shouldCountOnlyWorkingDays() {
        LocalDate friday = LocalDate.of(2023, 3, 10);
        assertThat(calendar.plusWorkdays(friday, 0)).isEqualTo(friday);
        assertThat(calendar.plusWorkdays(friday, 1)).isEqualTo(LocalDate.of(2023, 3, 13));
        assertThat(calendar.plusWorkdays(friday, 5)).isEqualTo(LocalDate.of(2023, 3, 17));
    }

    @Test
    void shouldSkipTetAndTheOtherHolidays() {
        // Tết 2024: 8 to 14 February
        assertThat(calendar.plusWorkdays(LocalDate.of(2024, 2, 7), 1)).isEqualTo(LocalDate.of(2024, 2, 15));
        // 30 April and 1 May 2025 (with 2 May given in lieu)
        assertThat(calendar.plusWorkdays(LocalDate.of(2025, 4, 29), 1)).isEqualTo(LocalDate.of(2025, 5, 5));
        assertThat(calendar.workdaysIn(Period.quarter(2022, 1)))
                .doesNotContain(LocalDate.of(2022, 2, 1), LocalDate.of(2022, 1, 3))
                .allSatisfy(d -> assertThat(d.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY))
                .hasSizeBetween(55, 60);
        assertThat(calendar.isJustAfterTet(LocalDate.of(2022, 2, 7))).isTrue();
        assertThat(calendar.isJustAfterTet(LocalDate.of(2022, 3, 7))).isFalse();
    }

    @Test
    void shouldListTheWorkingDaysBetweenTwoDays() {
        assertThat(calendar.workdaysBetween(LocalDate.of(2025, 12, 27), LocalDate.of(2025, 12, 31)))
                .containsExactly(LocalDate.of(2025, 12, 29), LocalDate.of(2025, 12, 30), LocalDate.of(2025, 12, 31));
    }

    @Test
    void shouldRefuseToCountBeyondItsLastDay() {
        assertThatThrownBy(() -> calendar.plusWorkdays(LocalDate.of(2026, 12, 28), 10))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
