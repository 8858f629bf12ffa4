package vn.cchc.domain.period;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.cchc.domain.shared.DomainException;

/**
 * The reporting regime (chế độ báo cáo định kỳ) over time: for a period, the days whose data its report gives (its
 * window) and the day the report is due. Each regime holds from a day on, until the next one: a newer circular is a
 * new regime from its day, and the periods before it keep theirs. The default is Công văn 581/BNV-CCHC's: a window
 * from the 15th of the month before the period's first month to the 14th of its last (quarter I: 15 December of the
 * year before to 14 March), the report due on the 20th of the period's last month.
 */
public final class ReportingCalendar implements PeriodWindows {

    /**
     * One regime: from {@code validFrom} on, a period's window starts on day {@code cutOffDay} of the month before its
     * first month and ends the day before that day of its last month (1: the calendar period itself), and its report
     * is due on day {@code dueDay} of its last month.
     */
    public record Regime(LocalDate validFrom, int cutOffDay, int dueDay, String basis) {

        public Regime {
            DomainException.require(validFrom != null, "INVALID_REPORTING_CALENDAR", "a regime needs the day it holds from");
            // up to the 28th: a day every month has
            DomainException.require(cutOffDay >= 1 && cutOffDay <= 28, "INVALID_REPORTING_CALENDAR",
                    "the cut-off day must be from 1 to 28, got " + cutOffDay);
            DomainException.require(dueDay >= 1 && dueDay <= 28, "INVALID_REPORTING_CALENDAR", "the due day must be from 1 to 28, got " + dueDay);
            DomainException.require(basis != null && !basis.isBlank(), "INVALID_REPORTING_CALENDAR", "a regime names the text that sets it");
        }
    }

    /** Công văn 581/BNV-CCHC's regime, for every period unless configuration says otherwise. */
    public static final Regime CV_581 = new Regime(LocalDate.of(Period.FIRST_YEAR, 1, 1), 15, 20, "Công văn 581/BNV-CCHC");

    public static final ReportingCalendar DEFAULT = new ReportingCalendar(List.of(CV_581));

    /** The regimes, latest first. */
    private final List<Regime> regimes;

    public ReportingCalendar(List<Regime> regimes) {
        DomainException.require(!regimes.isEmpty(), "INVALID_REPORTING_CALENDAR", "a reporting calendar needs a regime");
        this.regimes = regimes.stream().sorted(Comparator.comparing(Regime::validFrom).reversed()).toList();
        DomainException.require(this.regimes.stream().map(Regime::validFrom).distinct().count() == regimes.size(),
                "INVALID_REPORTING_CALENDAR", "two regimes hold from the same day");
    }

    /**
     * A calendar written as configuration: regimes separated by ";", each "validFrom,cutOffDay,dueDay,basis", e.g.
     * {@code 1945-01-01,15,20,Công văn 581/BNV-CCHC; 2027-01-01,1,25,Thông tư …}.
     */
    public static ReportingCalendar parse(String text) {
        List<Regime> regimes = new ArrayList<>();
        for (String written : text.split(";")) {
            if (written.isBlank()) {
                continue;
            }
            String[] parts = written.trim().split(",", 4);
            DomainException.require(parts.length == 4, "INVALID_REPORTING_CALENDAR",
                    "a regime is written validFrom,cutOffDay,dueDay,basis, got \"" + written.trim() + "\"");
            try {
                regimes.add(new Regime(LocalDate.parse(parts[0].trim()), Integer.parseInt(parts[1].trim()), Integer.parseInt(parts[2].trim()),
                        parts[3].trim()));
            } catch (DateTimeParseException | NumberFormatException e) {
                throw new DomainException("INVALID_REPORTING_CALENDAR", "a regime is written validFrom,cutOffDay,dueDay,basis with an "
                        + "ISO date and two days of the month, got \"" + written.trim() + "\"");
            }
        }
        return new ReportingCalendar(regimes);
    }

    /** The regime a period's report follows: the one in force on the period's last day (before the first, the first). */
    public Regime regimeOf(Period period) {
        return regimes.stream().filter(r -> !r.validFrom().isAfter(period.endDate())).findFirst().orElse(regimes.get(regimes.size() - 1));
    }

    /** The first day whose data a report on the period gives. */
    @Override
    public LocalDate windowStart(Period period) {
        int cutOff = regimeOf(period).cutOffDay();
        return cutOff == 1 ? period.startDate() : period.startDate().minusMonths(1).withDayOfMonth(cutOff);
    }

    /** The last day whose data a report on the period gives. */
    @Override
    public LocalDate windowEnd(Period period) {
        int cutOff = regimeOf(period).cutOffDay();
        return cutOff == 1 ? period.endDate() : period.endDate().withDayOfMonth(cutOff - 1);
    }

    /** The day a report on the period is due (hạn gửi báo cáo). */
    public LocalDate dueOn(Period period) {
        return period.endDate().withDayOfMonth(regimeOf(period).dueDay());
    }
}
