package vn.cchc.domain.finding;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.cchc.domain.indicator.Observation;
import vn.cchc.domain.ingestion.ReportIngestion;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.report.Report;
import vn.cchc.domain.statistics.ReportedVersusComputed;
import vn.cchc.domain.unit.Unit;

/**
 * Everything the rules read about one unit and one period, loaded once for all of them. Only what the unit has sent
 * to Home Affairs is read: a draft is the unit's own until it is submitted.
 *
 * @param current        the unit's current reports on the period, drafts included (whether it still owes one)
 * @param sent           the one of them sent to Home Affairs, if any: what the other fields come from
 * @param figures        the figures of {@code sent}
 * @param previousFigures the figures of the unit's report sent on the period before, if any
 * @param below          the units below the unit (its whole subtree) that were open during the period
 * @param records        each dossier indicator as {@code sent} gives it and as the dossier records give it
 * @param ingestion      the file {@code sent} was drafted from, with the facts proposed from it, if it was
 * @param reporting      whether the unit sends its reports through this system: it sent one on a quarter of the scope
 *                       read, or the one before it (a unit that never did is left to the list of who has not reported)
 * @param dueOn          the day the report was due, as the reporting calendar says
 * @param today          the day the rules run, in Vietnam
 */
public record FindingCase(Unit unit, Period period, List<Report> current, Optional<Report> sent, List<Observation> figures,
                          List<Observation> previousFigures, List<Unit> below, List<ReportedVersusComputed> records,
                          Optional<ReportIngestion> ingestion, boolean reporting, LocalDate dueOn, LocalDate today, FindingSettings settings) {

    public FindingCase {
        current = List.copyOf(current);
        figures = List.copyOf(figures);
        previousFigures = List.copyOf(previousFigures);
        below = List.copyOf(below);
        records = List.copyOf(records);
    }

    /** The unit's own total of the indicator in the sent report (no breakdown). */
    public Optional<Observation> total(String indicatorCode) {
        return total(figures, indicatorCode);
    }

    /** The unit's own total of the indicator in the report of the period before. */
    public Optional<Observation> previousTotal(String indicatorCode) {
        return total(previousFigures, indicatorCode);
    }

    private Optional<Observation> total(List<Observation> of, String indicatorCode) {
        return of.stream().filter(o -> o.isTotal() && o.unit().code().equals(unit.code()) && o.indicator().code().equals(indicatorCode)).findFirst();
    }
}
