package vn.cchc.sampledata.demo;

import java.time.LocalDate;
import vn.cchc.domain.dossier.Dossier;
import vn.cchc.domain.dossier.DossierChannel;
import vn.cchc.domain.dossier.DossierStatus;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.period.ReportingCalendar;

/**
 * What the dossier records of each department say per quarter, counted while they are generated: the reports
 * are written from these figures. A quarter counts the days its report gives data for (the default reporting
 * calendar's window: quý I from 15 December to 14 March), as departments report, not the calendar quarter.
 */
final class Tally {

    private final Period first;
    private final int quarters;
    private final long[][] received;
    private final long[][] online;
    private final long[][] resolved;
    private final long[][] late;

    Tally(int departments, Period first, int quarters) {
        this.first = first;
        this.quarters = quarters;
        received = new long[departments][quarters];
        online = new long[departments][quarters];
        resolved = new long[departments][quarters];
        late = new long[departments][quarters];
    }

    /**
     * Counts a dossier received in a quarter's window, and resolved in the window it closed in, if those quarters are
     * counted (the last days of the last one fall in the window after it).
     */
    void count(int department, Dossier dossier) {
        int receivedIn = quarterIndex(dossier.receivedOn());
        if (receivedIn < quarters) {
            received[department][receivedIn]++;
            if (dossier.channel() == DossierChannel.ONLINE) {
                online[department][receivedIn]++;
            }
        }
        if (dossier.status().isResolved()) {
            int closedIn = quarterIndex(dossier.closedOn().orElseThrow());
            if (closedIn < quarters) {
                resolved[department][closedIn]++;
                if (dossier.status() == DossierStatus.RESOLVED_LATE) {
                    late[department][closedIn]++;
                }
            }
        }
    }

    /** The index of the quarter whose reporting window holds the day: its calendar quarter's, or the next one's. */
    private int quarterIndex(LocalDate day) {
        Period quarter = Period.quarterOf(day);
        if (day.isAfter(ReportingCalendar.DEFAULT.windowEnd(quarter))) {
            quarter = quarter.next();
        }
        return (quarter.year() - first.year()) * 4 + quarter.number() - first.number();
    }

    long received(int department, int quarter) {
        return received[department][quarter];
    }

    long online(int department, int quarter) {
        return online[department][quarter];
    }

    long resolved(int department, int quarter) {
        return resolved[department][quarter];
    }

    long late(int department, int quarter) {
        return late[department][quarter];
    }
}
