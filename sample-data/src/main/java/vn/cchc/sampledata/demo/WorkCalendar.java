package vn.cchc.sampledata.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.cchc.domain.period.Period;

/**
 * The working days of public offices from 2022 to 2026: Monday to Friday except the public holidays (New Year,
 * Tết, the Hùng Kings' day, 30 April and 1 May, National Day) as they fell. Statutory processing times count
 * working days, and Tết empties the one-stop shops for a week in January or February.
 */
final class WorkCalendar {

    static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 31);

    /** Tết holidays, first and last day. */
    private static final LocalDate[][] TET = {
            {LocalDate.of(2022, 1, 29), LocalDate.of(2022, 2, 6)},
            {LocalDate.of(2023, 1, 20), LocalDate.of(2023, 1, 26)},
            {LocalDate.of(2024, 2, 8), LocalDate.of(2024, 2, 14)},
            {LocalDate.of(2025, 1, 25), LocalDate.of(2025, 2, 2)},
            {LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 22)}};

    /** The other holidays, with the days given in lieu. */
    private static final List<LocalDate> HOLIDAYS = List.of(
            LocalDate.of(2022, 1, 3), LocalDate.of(2022, 4, 11), LocalDate.of(2022, 5, 2), LocalDate.of(2022, 5, 3),
            LocalDate.of(2022, 9, 1), LocalDate.of(2022, 9, 2),
            LocalDate.of(2023, 1, 2), LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 2), LocalDate.of(2023, 5, 3),
            LocalDate.of(2023, 9, 1), LocalDate.of(2023, 9, 4),
            LocalDate.of(2024, 1, 1), LocalDate.of(2024, 4, 18), LocalDate.of(2024, 4, 29), LocalDate.of(2024, 4, 30),
            LocalDate.of(2024, 5, 1), LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 3),
            LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 7), LocalDate.of(2025, 4, 30), LocalDate.of(2025, 5, 1),
            LocalDate.of(2025, 5, 2), LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2),
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 27), LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 1),
            LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2));

    private final LocalDate[] workdays;
    /** For each day of the calendar, the index of the first working day on or after it. */
    private final int[] nextWorkday;

    WorkCalendar() {
        int days = (int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay()) + 1;
        List<LocalDate> working = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            LocalDate day = FIRST_DAY.plusDays(i);
            if (isWorking(day)) {
                working.add(day);
            }
        }
        workdays = working.toArray(LocalDate[]::new);
        nextWorkday = new int[days];
        int next = workdays.length;
        for (int i = days - 1; i >= 0; i--) {
            if (next > 0 && workdays[next - 1].toEpochDay() - FIRST_DAY.toEpochDay() == i) {
                next--;
            }
            nextWorkday[i] = next;
        }
    }

    private static boolean isWorking(LocalDate day) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY || HOLIDAYS.contains(day)) {
            return false;
        }
        return Arrays.stream(TET).noneMatch(t -> !day.isBefore(t[0]) && !day.isAfter(t[1]));
    }

    /** The working day {@code n} working days after {@code day} (a working day itself), or {@code day} for n = 0. */
    LocalDate plusWorkdays(LocalDate day, int n) {
        int index = nextWorkday[(int) (day.toEpochDay() - FIRST_DAY.toEpochDay())] + n;
        if (index >= workdays.length) {
            throw new IllegalArgumentException(n + " working days after " + day + " is beyond " + LAST_DAY);
        }
        return workdays[index];
    }

    /** The working days of a period, in order. */
    List<LocalDate> workdaysIn(Period period) {
        return workdaysBetween(period.startDate(), period.endDate());
    }

    /** The working days from one day to another, both included, in order. */
    List<LocalDate> workdaysBetween(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (int i = nextWorkday[(int) (from.toEpochDay() - FIRST_DAY.toEpochDay())];
             i < workdays.length && !workdays[i].isAfter(to); i++) {
            days.add(workdays[i]);
        }
        return days;
    }

    /** True for the first working days after Tết, when few applicants come back yet. */
    boolean isJustAfterTet(LocalDate day) {
        return Arrays.stream(TET).anyMatch(t -> day.isAfter(t[1]) && !day.isAfter(t[1].plusDays(7)));
    }
}
