package vn.cchc.domain.period;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.domain.shared.Rejections.assertRejected;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportingCalendarTest {

    private static final ReportingCalendar CV_581 = ReportingCalendar.DEFAULT;

    private static List<LocalDate> window(ReportingCalendar calendar, Period period) {
        return List.of(calendar.windowStart(period), calendar.windowEnd(period));
    }

    @Test
    void shouldGiveEachPeriodOfCongVan581ItsWindowFromThe15thOfTheMonthBefore() {
        assertThat(window(CV_581, Period.quarter(2022, 1))).containsExactly(LocalDate.of(2021, 12, 15), LocalDate.of(2022, 3, 14));
        assertThat(window(CV_581, Period.halfYear(2022, 1))).containsExactly(LocalDate.of(2021, 12, 15), LocalDate.of(2022, 6, 14));
        assertThat(window(CV_581, Period.quarter(2022, 3))).containsExactly(LocalDate.of(2022, 6, 15), LocalDate.of(2022, 9, 14));
        assertThat(window(CV_581, Period.year(2022))).containsExactly(LocalDate.of(2021, 12, 15), LocalDate.of(2022, 12, 14));
        // the quarters the regime does not ask for follow the same rule, so that consecutive quarters tile the year
        assertThat(window(CV_581, Period.quarter(2022, 2))).containsExactly(LocalDate.of(2022, 3, 15), LocalDate.of(2022, 6, 14));
        assertThat(CV_581.windowStart(Period.quarter(2022, 4)).minusDays(1)).isEqualTo(CV_581.windowEnd(Period.quarter(2022, 3)));
    }

    @Test
    void shouldBeDueOnThe20thOfThePeriodsLastMonth() {
        assertThat(CV_581.dueOn(Period.quarter(2022, 1))).isEqualTo(LocalDate.of(2022, 3, 20));
        assertThat(CV_581.dueOn(Period.halfYear(2022, 1))).isEqualTo(LocalDate.of(2022, 6, 20));
        assertThat(CV_581.dueOn(Period.year(2022))).isEqualTo(LocalDate.of(2022, 12, 20));
    }

    @Test
    void shouldFollowTheRegimeInForceOnThePeriodsLastDay() {
        ReportingCalendar calendar = ReportingCalendar.parse(
                "2019-01-01,15,20,Công văn 581/BNV-CCHC; 2027-01-01,1,25,Thông tư mới");
        assertThat(calendar.regimeOf(Period.quarter(2026, 4)).basis()).isEqualTo("Công văn 581/BNV-CCHC");
        assertThat(window(calendar, Period.quarter(2027, 1))).as("the calendar quarter, from the new regime's day")
                .containsExactly(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31));
        assertThat(calendar.dueOn(Period.quarter(2027, 1))).isEqualTo(LocalDate.of(2027, 3, 25));
        assertThat(calendar.regimeOf(Period.quarter(2015, 1)).basis()).as("before the first regime, the first").isEqualTo("Công văn 581/BNV-CCHC");
    }

    @Test
    void shouldRefuseACalendarItCannotRead() {
        assertRejected(() -> ReportingCalendar.parse(""), "INVALID_REPORTING_CALENDAR");
        assertRejected(() -> ReportingCalendar.parse("2019-01-01,15,20"), "INVALID_REPORTING_CALENDAR");
        assertRejected(() -> ReportingCalendar.parse("01/01/2019,15,20,Công văn"), "INVALID_REPORTING_CALENDAR");
        assertRejected(() -> ReportingCalendar.parse("2019-01-01,31,20,Công văn"), "INVALID_REPORTING_CALENDAR");
        assertRejected(() -> ReportingCalendar.parse("2019-01-01,15,20,A; 2019-01-01,1,20,B"), "INVALID_REPORTING_CALENDAR");
    }
}
