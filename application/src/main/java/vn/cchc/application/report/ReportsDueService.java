package vn.cchc.application.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.cchc.application.security.AccessPolicy;
import vn.cchc.application.security.Caller;
import vn.cchc.application.security.Operation;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.period.PeriodType;
import vn.cchc.domain.period.ReportingCalendar;
import vn.cchc.domain.report.Report;
import vn.cchc.domain.report.ReportAttribute;
import vn.cchc.domain.report.ReportRepository;
import vn.cchc.domain.report.ReportVisibility;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.shared.Criteria;
import vn.cchc.domain.shared.DomainException;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.statistics.PeriodSeries;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitAttribute;
import vn.cchc.domain.unit.UnitKind;
import vn.cchc.domain.unit.UnitRepository;

/**
 * Who has not reported yet (chưa báo cáo): for each quarter of a range, the units that owe their report on it, as
 * {@link Report#isOwed} decides, due as the reporting calendar says, with the report in progress when the caller may read it.
 */
@ApplicationScoped
@Transactional
public class ReportsDueService {

    /** More reporting units than a province has: a filter this wide is to narrow, not to list. */
    static final int MAX_UNITS = 1000;

    /** Every report of those units in those years, which bound them (the list reads one row more than its limit). */
    private static final PageRequest ALL = new PageRequest(0, Integer.MAX_VALUE - 1);

    @Inject
    UnitRepository units;

    @Inject
    ReportRepository reports;

    @Inject
    ReportingCalendar calendar;

    protected ReportsDueService() {
        // for CDI
    }

    public ReportsDueService(UnitRepository units, ReportRepository reports, ReportingCalendar calendar) {
        this.units = units;
        this.reports = reports;
        this.calendar = calendar;
    }

    /** The reports owed by the units matching {@code unitCondition} on the quarters of the series, by quarter, then unit code. */
    public List<ReportDue> due(Caller caller, Condition unitCondition, PeriodSeries quarters) {
        AccessPolicy.require(caller, Operation.READ_ANALYTICS, "reportsDue");
        DomainException.require(quarters.first().type() == PeriodType.QUARTER, "INVALID_PERIOD",
                "reports are owed by quarter, not by " + quarters.first().type(), "period.quarterOnly");
        Condition reporting = Condition.and(unitCondition, new Condition.OneOf(UnitAttribute.KIND,
                Arrays.stream(UnitKind.values()).filter(UnitKind::reportsQuarterly).map(k -> (Object) k).toList()));
        List<Unit> reportingUnits = units.find(Criteria.where(reporting), new PageRequest(0, MAX_UNITS + 1)).items();
        DomainException.require(reportingUnits.size() <= MAX_UNITS, "TOO_MANY_UNITS",
                "more than " + MAX_UNITS + " reporting units match; narrow the units", "units.tooMany", MAX_UNITS);
        Map<String, List<Report>> written = reports.find(Criteria.where(Condition.and(
                        Condition.related(ReportAttribute.UNIT, reporting),
                        Condition.eq(ReportAttribute.PERIOD_TYPE, PeriodType.QUARTER),
                        new Condition.Compare(ReportAttribute.PERIOD_YEAR, Condition.Operator.GTE, quarters.first().year()),
                        new Condition.Compare(ReportAttribute.PERIOD_YEAR, Condition.Operator.LTE, quarters.last().year()))),
                ALL).items().stream()
                .collect(Collectors.groupingBy(r -> key(r.unit(), r.period())));
        ReportVisibility visibility = AccessPolicy.reportVisibility(caller);
        List<Unit> byCode = reportingUnits.stream().sorted(Comparator.comparing(Unit::code)).toList();
        List<ReportDue> due = new ArrayList<>();
        for (Period quarter : quarters.periods()) {
            for (Unit unit : byCode) {
                List<Report> current = written.getOrDefault(key(unit, quarter), List.of());
                if (Report.isOwed(unit, quarter, current)) {
                    due.add(new ReportDue(unit, quarter, calendar.dueOn(quarter), current.stream()
                            .filter(r -> r.status().isEditable()).filter(visibility::allows).findFirst()));
                }
            }
        }
        return due;
    }

    private static String key(Unit unit, Period period) {
        return unit.code() + " " + period;
    }
}
