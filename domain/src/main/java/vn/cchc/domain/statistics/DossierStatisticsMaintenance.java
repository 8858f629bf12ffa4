package vn.cchc.domain.statistics;

import java.time.LocalDate;
import java.util.Set;

/**
 * Keeps what is derived from the dossiers (a pre-aggregated summary, for one) in step after a bulk write. Every
 * implementation is told, inside the transaction of the write, which units' dossiers changed and the days they were
 * received on, so that it refreshes only that part. An application without such a summary has no implementation.
 */
public interface DossierStatisticsMaintenance {

    /**
     * @param unitCodes the receiving units of the dossiers written
     * @param firstDay  the earliest received date among them
     * @param lastDay   the latest received date among them
     */
    void dossiersWritten(Set<String> unitCodes, LocalDate firstDay, LocalDate lastDay);
}
