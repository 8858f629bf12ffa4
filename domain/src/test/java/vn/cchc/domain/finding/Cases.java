package vn.cchc.domain.finding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.cchc.domain.indicator.Breakdown;
import vn.cchc.domain.indicator.Indicator;
import vn.cchc.domain.indicator.Observation;
import vn.cchc.domain.indicator.ObservedValue;
import vn.cchc.domain.indicator.Ratio;
import vn.cchc.domain.indicator.StandardIndicators;
import vn.cchc.domain.ingestion.ReportIngestion;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.period.ReportingCalendar;
import vn.cchc.domain.report.Report;
import vn.cchc.domain.report.Signer;
import vn.cchc.domain.statistics.DossierCounts;
import vn.cchc.domain.statistics.DossierIndicator;
import vn.cchc.domain.statistics.ReportedVersusComputed;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitKind;

/** Builds the cases the rule tests read: a department's report on quý I năm 2022, figure by figure. */
final class Cases {

    static final Period Q1 = Period.quarter(2022, 1);
    static final Map<String, Indicator> INDICATORS = StandardIndicators.all().stream()
            .collect(Collectors.toMap(Indicator::code, Function.identity()));

    final Unit committee = new Unit("NA-UBND", "Ủy ban nhân dân tỉnh Nghệ An", null, UnitKind.PEOPLES_COMMITTEE, null, null);
    final Unit department = new Unit("NA-SKHCN", "Sở Khoa học và Công nghệ", null, UnitKind.DEPARTMENT, committee, null);
    final List<Unit> below = new ArrayList<>();
    final Report report = new Report(department, Q1, "Công tác cải cách hành chính quý I năm 2022");
    final List<Observation> figures = new ArrayList<>();
    final List<Observation> previous = new ArrayList<>();
    final List<ReportedVersusComputed> records = new ArrayList<>();
    Optional<ReportIngestion> ingestion = Optional.empty();
    LocalDate today = LocalDate.of(2022, 4, 1);
    LocalDate sentOn = LocalDate.of(2022, 3, 18);
    FindingSettings settings = FindingSettings.DEFAULT;
    boolean reporting = true;
    private final Report previousReport = new Report(department, Q1.previous(), "Công tác cải cách hành chính quý IV năm 2021");

    Unit serviceUnit(String code) {
        Unit unit = new Unit(code, "Trung tâm " + code, null, UnitKind.PUBLIC_SERVICE_UNIT, department, null);
        below.add(unit);
        return unit;
    }

    Observation count(String indicator, long count) {
        return add(report, figures, indicator, ObservedValue.count(count), Breakdown.total());
    }

    Observation count(String indicator, long count, Breakdown slice) {
        return add(report, figures, indicator, ObservedValue.count(count), slice);
    }

    Observation ratio(String indicator, long numerator, long denominator) {
        return add(report, figures, indicator, ObservedValue.ratio(Ratio.of(numerator, denominator)), Breakdown.total());
    }

    Observation before(String indicator, ObservedValue value) {
        return add(previousReport, previous, indicator, value, Breakdown.total());
    }

    private Observation add(Report in, List<Observation> to, String indicator, ObservedValue value, Breakdown slice) {
        Observation o = Observation.reported(in, INDICATORS.get(indicator), department, value, slice);
        to.add(o);
        return o;
    }

    /** The records of the one-stop system: the counts they give against the report's figures. */
    void records(DossierCounts counts) {
        for (DossierIndicator indicator : DossierIndicator.values()) {
            Optional<ObservedValue> reported = figures.stream()
                    .filter(o -> o.isTotal() && o.indicator().code().equals(indicator.indicatorCode())).map(Observation::value).findFirst();
            records.add(new ReportedVersusComputed(department, Q1, INDICATORS.get(indicator.indicatorCode()), reported,
                    indicator.computeFrom(counts)));
        }
    }

    /** The case with the report sent on {@link #sentOn}. */
    FindingCase sent() {
        report.signedBy(new Signer("Trần Quốc Thành", "Giám đốc"));
        report.submit(sentOn);
        return build(List.of(report));
    }

    /** The case of a unit that sent nothing. */
    FindingCase nothingSent() {
        return build(List.of());
    }

    private FindingCase build(List<Report> current) {
        Optional<Report> sent = current.stream().filter(r -> r.status().isSent()).findFirst();
        return new FindingCase(department, Q1, current, sent, sent.isPresent() ? figures : List.of(), previous, below, records,
                ingestion, reporting, ReportingCalendar.DEFAULT.dueOn(Q1), today, settings);
    }
}
