package vn.cchc.domain.statistics;

import java.util.Collection;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.unit.Unit;

/**
 * The quarterly summary of dossiers (bảng tổng hợp hồ sơ theo quý) that dossier statistics read instead of the
 * dossiers themselves: for each receiving unit, procedure, channel, kind and quarter, the {@link DossierCounts} of
 * that quarter. Every measure of a period made of whole quarters (quarter, half-year, nine months, year) follows
 * from its quarters: carried over is the first quarter's, in progress at the end is the last quarter's, every other
 * measure is the sum. With each quarter it keeps its half-months by unit (the 1st to the 14th, the 15th to the end
 * of a month), of which a reporting window cut on the 15th (Công văn 581/BNV-CCHC) is made the same way. The summary
 * covers a run of consecutive quarters; statistics of a period outside it are counted from the dossiers, with the same
 * results, only slower.
 *
 * <p><b>Contract for whoever writes dossiers</b> (adds them, closes them, changes their dates, unit, procedure,
 * channel or kind, removes them): in the same transaction, after the writes, call
 * {@link #refresh(Collection, Period, Period)} with the units whose dossiers changed (before and after the change)
 * and the quarters of the earliest and the latest day a written dossier was received or closed (before and after the
 * change). Until that transaction commits, other transactions see the old summary with the old dossiers.
 */
public interface DossierSummary {

    /**
     * Recomputes the summary of these units from the dossiers as this transaction sees them (writes made through the
     * persistence context are flushed first), from quarter {@code first} through the last quarter covered: an open
     * dossier counts in every quarter after the one it was received in, so a change reaches every later quarter.
     * Quarters between {@code first} and {@code last} that the summary did not cover yet are summarised for every
     * unit and covered from then on, as are any quarters between them and those already covered (the covered quarters
     * stay consecutive). Needs an active transaction.
     *
     * @param first the quarter of the earliest day a written dossier was or had been received or closed
     * @param last  the quarter of the latest such day, not before {@code first}
     */
    void refresh(Collection<Unit> units, Period first, Period last);

    /**
     * Builds the whole summary from the dossiers, for every quarter from the first dossier received to the last one
     * received or closed, when it covers no quarter yet and there are dossiers: a database that held dossiers before
     * the summary existed. Otherwise does nothing. Needs an active transaction.
     */
    void buildIfMissing();

    /** True when the summary holds every quarter from the start of {@code from} to the end of {@code through}. */
    boolean covers(Period from, Period through);
}
