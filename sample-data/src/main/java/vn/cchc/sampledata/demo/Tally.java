package vn.cchc.sampledata.demo;

import java.time.LocalDate;
import vn.cchc.domain.dossier.Dossier;
import vn.cchc.domain.dossier.DossierChannel;
import vn.cchc.domain.dossier.DossierStatus;
import vn.cchc.domain.period.Period;

/**
 * What the dossier records of each department say per quarter, counted while they are generated: the reports
 * are written from these figures.
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

    /** Counts a dossier received in the period, and resolved in the quarter it closed, if that quarter is counted. */
    void count(int department, Dossier dossier) {
        int receivedIn = quarterIndex(dossier.receivedOn());
        received[department][receivedIn]++;
        if (dossier.channel() == DossierChannel.ONLINE) {
            online[department][receivedIn]++;
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

    private int quarterIndex(LocalDate day) {
        return (day.getYear() - first.year()) * 4 + (day.getMonthValue() - 1) / 3 - (first.number() - 1);
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
