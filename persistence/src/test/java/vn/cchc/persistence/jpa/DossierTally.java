package vn.cchc.persistence.jpa;

import java.time.LocalDate;
import java.util.Collection;
import vn.cchc.domain.dossier.DossierChannel;
import vn.cchc.domain.dossier.Dossier;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.statistics.DossierCounts;

/**
 * The measures counted the slow way, one dossier at a time in Java, from the definitions as one-stop systems word
 * them: the oracle the SQL is checked against.
 */
final class DossierTally {

    private DossierTally() {
    }

    static DossierCounts of(Collection<Dossier> dossiers, Period period) {
        return of(dossiers, period.startDate(), period.endDate());
    }

    /** The measures over the days from {@code start} to {@code end}, both included (a reporting window). */
    static DossierCounts of(Collection<Dossier> dossiers, LocalDate start, LocalDate end) {
        long carriedOver = 0;
        long received = 0;
        long early = 0;
        long onTime = 0;
        long late = 0;
        long returned = 0;
        long withdrawn = 0;
        long notDue = 0;
        long overdue = 0;
        long online = 0;
        for (Dossier d : dossiers) {
            LocalDate closed = d.closedOn().orElse(null);
            boolean closedBeforeStart = closed != null && closed.isBefore(start);
            boolean closedInPeriod = closed != null && !closed.isBefore(start) && !closed.isAfter(end);
            boolean openAtEnd = !d.receivedOn().isAfter(end) && (closed == null || closed.isAfter(end));
            if (d.receivedOn().isBefore(start) && !closedBeforeStart) {
                carriedOver++;
            }
            if (!d.receivedOn().isBefore(start) && !d.receivedOn().isAfter(end)) {
                received++;
                if (d.channel() == DossierChannel.ONLINE) {
                    online++;
                }
            }
            if (closedInPeriod) {
                switch (d.status()) {
                    case RESOLVED_EARLY -> early++;
                    case RESOLVED_ON_TIME -> onTime++;
                    case RESOLVED_LATE -> late++;
                    case RETURNED -> returned++;
                    case WITHDRAWN -> withdrawn++;
                    default -> throw new IllegalStateException(d.code() + " is closed but " + d.status());
                }
            }
            if (openAtEnd) {
                if (d.dueOn().isBefore(end)) {
                    overdue++;
                } else {
                    notDue++;
                }
            }
        }
        return new DossierCounts(carriedOver, received, early, onTime, late, returned, withdrawn, notDue, overdue, online);
    }
}
