package vn.cchc.domain.period;

import java.time.LocalDate;

/**
 * The days whose data a period's figures give (its window): the calendar period itself ({@link #CALENDAR}), or the
 * window its report gives under the reporting regime ({@link ReportingCalendar}: quý I năm 2022 from 15/12/2021 to
 * 14/3/2022 under Công văn 581/BNV-CCHC).
 */
public interface PeriodWindows {

    /** The calendar period itself: from its first day to its last. */
    PeriodWindows CALENDAR = new PeriodWindows() {
        @Override
        public LocalDate windowStart(Period period) {
            return period.startDate();
        }

        @Override
        public LocalDate windowEnd(Period period) {
            return period.endDate();
        }

        @Override
        public String toString() {
            return "CALENDAR";
        }
    };

    /** The first day of the period's window. */
    LocalDate windowStart(Period period);

    /** The last day of the period's window, not before its first. */
    LocalDate windowEnd(Period period);
}
