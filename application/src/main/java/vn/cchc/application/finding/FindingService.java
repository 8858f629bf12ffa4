package vn.cchc.application.finding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import vn.cchc.application.audit.AuditTrail;
import vn.cchc.application.security.AccessPolicy;
import vn.cchc.application.security.Caller;
import vn.cchc.application.security.Operation;
import vn.cchc.application.security.Role;
import vn.cchc.domain.finding.Detection;
import vn.cchc.domain.finding.Finding;
import vn.cchc.domain.finding.FindingAttribute;
import vn.cchc.domain.finding.FindingCase;
import vn.cchc.domain.finding.FindingRepository;
import vn.cchc.domain.finding.FindingRules;
import vn.cchc.domain.finding.FindingSettings;
import vn.cchc.domain.finding.FindingStatus;
import vn.cchc.domain.finding.Severity;
import vn.cchc.domain.indicator.Observation;
import vn.cchc.domain.indicator.ObservationRepository;
import vn.cchc.domain.indicator.ObservedValue;
import vn.cchc.domain.ingestion.ReportIngestion;
import vn.cchc.domain.ingestion.ReportIngestionRepository;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.period.PeriodType;
import vn.cchc.domain.period.ReportingCalendar;
import vn.cchc.domain.report.Report;
import vn.cchc.domain.report.ReportAttribute;
import vn.cchc.domain.report.ReportRepository;
import vn.cchc.domain.report.ReportStatus;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.shared.Criteria;
import vn.cchc.domain.shared.DataLoaded;
import vn.cchc.domain.shared.DomainException;
import vn.cchc.domain.shared.InvalidInputException;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.shared.Slice;
import vn.cchc.domain.shared.VersionConflict;
import vn.cchc.domain.shared.VietnamCalendar;
import vn.cchc.domain.shared.Violation;
import vn.cchc.domain.statistics.PeriodSeries;
import vn.cchc.domain.statistics.Ranking;
import vn.cchc.domain.statistics.RankingOrder;
import vn.cchc.domain.statistics.ReportedVersusComputed;
import vn.cchc.domain.statistics.StatisticsRepository;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitAttribute;
import vn.cchc.domain.unit.UnitKind;
import vn.cchc.domain.unit.UnitRepository;

/**
 * Runs the data-quality rules ({@link FindingRules}) and keeps their findings: on demand over a unit's subtree and a
 * range of quarters, and for one report when it is sent. The cases are read in a few statements for the whole scope;
 * the rules read them alone. A run brings the scope's findings up to date: new ones open, those found again keep their
 * status (a resolved one opens again), those no longer found are resolved.
 */
@ApplicationScoped
@Transactional
public class FindingService {

    static final String ENTITY = "DataFinding";

    /** Who runs the rules on data loaded at start-up. */
    static final Caller LOADER = Caller.of("cchc-start-up", Set.of(Role.ADMIN));

    private static final Logger LOG = Logger.getLogger(FindingService.class.getName());

    /** More reporting units than a province has: a scope this wide is to narrow, not to run. */
    static final int MAX_UNITS = 1000;

    private static final PageRequest ALL = new PageRequest(0, Integer.MAX_VALUE - 1);

    @Inject
    FindingRepository findings;

    @Inject
    UnitRepository units;

    @Inject
    ReportRepository reports;

    @Inject
    ObservationRepository observations;

    @Inject
    StatisticsRepository statistics;

    @Inject
    ReportIngestionRepository ingestions;

    @Inject
    ReportingCalendar calendar;

    @Inject
    FindingSettings settings;

    @Inject
    AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    protected FindingService() {
        // for CDI
    }

    /** The findings matching the criteria, to whoever reads the analytics: they are about reports sent, which all read. */
    public Slice<Finding> find(Caller caller, Criteria criteria, PageRequest page) {
        AccessPolicy.require(caller, Operation.READ_ANALYTICS, "dataFindings");
        return findings.find(criteria, page);
    }

    public long count(Caller caller, Condition condition) {
        AccessPolicy.require(caller, Operation.READ_ANALYTICS, "dataFindings");
        return findings.count(condition);
    }

    /** The finding with this id; none for an id of another form than this API gives out. */
    public Optional<Finding> find(Caller caller, String id) {
        AccessPolicy.require(caller, Operation.READ_ANALYTICS, "dataFinding");
        return parsed(id).flatMap(findings::find);
    }

    /** What a ranking of data quality counts unless told otherwise: the findings not resolved. */
    static final Condition UNRESOLVED = new Condition.OneOf(FindingAttribute.STATUS, List.of(FindingStatus.OPEN, FindingStatus.ACKNOWLEDGED));

    /**
     * The reporting units matching {@code unitCondition} ranked by how many findings matching {@code findingCondition}
     * ({@link #UNRESOLVED} when empty) each has on the period, fewest first (rank 1 has the cleanest data), beside the
     * same ranking of the period before.
     */
    public Ranking ranking(Caller caller, Condition unitCondition, Optional<Condition> findingCondition, Period period) {
        AccessPolicy.require(caller, Operation.READ_ANALYTICS, "dataQualityRanking");
        List<Unit> ranked = reportingUnits(unitCondition);
        Condition counted = findingCondition.orElse(UNRESOLVED);
        return rank(ranked, counted, period).comparedWith(rank(ranked, counted, period.previous()));
    }

    private Ranking rank(List<Unit> ranked, Condition findingCondition, Period period) {
        Map<Long, Map<Severity, Long>> counts = findings.countPerUnit(Condition.and(findingCondition, inPeriod(period)));
        return Ranking.of(ranked, u -> Optional.of(ObservedValue.count(
                counts.getOrDefault(u.id(), Map.of()).values().stream().mapToLong(Long::longValue).sum())), RankingOrder.LOWEST_FIRST);
    }

    /** Runs every rule on every reporting unit of the subtree of {@code unitCode} and every quarter of the range. */
    public Evaluation evaluate(Caller caller, String unitCode, PeriodSeries quarters) {
        AccessPolicy.require(caller, Operation.EVALUATE_FINDINGS, "evaluateDataFindings");
        Unit root = units.findByCode(unitCode).orElseThrow(() -> new InvalidInputException(List.of(Violation.of("unitCode",
                new DomainException("NOT_FOUND", "no unit has the code " + unitCode, "unit.unknown", unitCode)))));
        DomainException.require(quarters.first().type() == PeriodType.QUARTER, "INVALID_PERIOD",
                "the rules run by quarter, not by " + quarters.first().type(), "period.quarterOnly");
        List<Unit> scope = new ArrayList<>();
        if (root.kind().reportsQuarterly()) {
            scope.add(root);
        }
        reportingUnits(new Condition.WithinSubtree(root.code())).stream().filter(u -> u != root).forEach(scope::add);
        Evaluation run = run(caller, scope, quarters);
        audit.record(caller, "evaluateDataFindings", ENTITY, root.id(), root, quarters.first(), null,
                "{\"through\":\"" + quarters.last() + "\",\"cases\":" + run.cases() + ",\"found\":" + run.found().size()
                        + ",\"opened\":" + run.opened() + ",\"resolved\":" + run.resolved() + "}", null);
        return run;
    }

    /**
     * Runs the rules on data loaded in bulk (the sample data), in the load's transaction, as they would have run on its
     * reports as each was sent; the findings' history names {@link #LOADER} as who found them.
     */
    void onLoaded(@Observes DataLoaded loaded) {
        long start = System.nanoTime();
        Evaluation run = evaluate(LOADER, loaded.unitCode(), PeriodSeries.of(loaded.first(), loaded.last()));
        LOG.info(String.format(Locale.ROOT, "Ran the data-quality rules on the data loaded for %s: %d cases, %d findings, in %.1f s",
                loaded.unitCode(), run.cases(), run.found().size(), (System.nanoTime() - start) / 1e9));
    }

    /** Runs the rules on a report just sent, as the one who sent it: its unit and period only. */
    public Evaluation evaluateSent(Caller sender, Report sent) {
        return run(sender, List.of(sent.unit()), PeriodSeries.of(sent.period(), sent.period()));
    }

    /** Acknowledges (with the reason), resolves or reopens a finding: Home Affairs, or a reporter of the unit's subtree. */
    public Finding changeStatus(Caller caller, String id, long version, FindingStatus to, String comment) {
        Finding finding = AccessPolicy.requireOnFound(caller, Operation.CHANGE_FINDING_STATUS, "changeDataFindingStatus", true,
                () -> parsed(id).flatMap(findings::find), f -> f.unit().path(), () -> new InvalidInputException(List.of(Violation.of("id",
                        new DomainException("NOT_FOUND", "no finding has the id " + id, "finding.unknown", id)))));
        VersionConflict.check(ENTITY + " " + id, version, finding.version());
        String before = snapshot(finding);
        Instant now = clock.instant();
        try {
            switch (to) {
                case ACKNOWLEDGED -> finding.acknowledge(comment, caller.name(), now);
                case RESOLVED -> finding.resolve(comment, caller.name(), now);
                case OPEN -> finding.reopen(comment, caller.name(), now);
            }
        } catch (DomainException e) {
            throw new InvalidInputException(List.of(Violation.of("comment", e)));
        }
        findings.update(finding);
        audit.record(caller, "changeDataFindingStatus", ENTITY, finding.id(), finding.unit(), finding.period(), before,
                snapshot(finding), comment);
        return finding;
    }

    private Evaluation run(Caller caller, List<Unit> scope, PeriodSeries quarters) {
        Instant now = clock.instant();
        LocalDate today = VietnamCalendar.today(clock);
        Map<String, Unit> byCode = scope.stream().collect(Collectors.toMap(Unit::code, u -> u, (a, b) -> a, LinkedHashMap::new));
        if (byCode.isEmpty()) {
            return new Evaluation(List.of(), 0, 0, 0);
        }
        Condition inScope = new Condition.OneOf(UnitAttribute.CODE, List.copyOf(byCode.keySet()));
        Period before = quarters.first().previous();
        Map<String, List<Report>> written = reports.find(Criteria.where(Condition.and(
                        Condition.related(ReportAttribute.UNIT, inScope),
                        Condition.eq(ReportAttribute.PERIOD_TYPE, PeriodType.QUARTER),
                        new Condition.Compare(ReportAttribute.PERIOD_YEAR, Condition.Operator.GTE, before.year()),
                        new Condition.Compare(ReportAttribute.PERIOD_YEAR, Condition.Operator.LTE, quarters.last().year()))), ALL)
                .items().stream().filter(r -> r.status() != ReportStatus.SUPERSEDED)
                .collect(Collectors.groupingBy(r -> key(r.unit(), r.period())));
        // the records over each report's own window: the days it had to give data for
        Map<String, List<ReportedVersusComputed>> records = statistics.reportedVersusComputed(inScope, quarters, calendar).stream()
                .collect(Collectors.groupingBy(r -> key(r.unit(), r.period())));
        Map<String, List<Unit>> subtrees = new HashMap<>();
        for (Unit unit : byCode.values()) {
            subtrees.put(unit.code(), units.find(Criteria.where(new Condition.WithinSubtree(unit.code())), ALL).items().stream()
                    .filter(u -> u != unit).toList());
        }
        Set<String> reporting = written.values().stream().flatMap(List::stream).filter(r -> r.status().isSent())
                .map(r -> r.unit().code()).collect(Collectors.toSet());
        // what the rules read of the reports sent, for all of them at once
        List<Report> sentReports = written.values().stream().map(FindingService::sentOf).flatMap(Optional::stream).toList();
        Map<Long, List<Observation>> figures = observations.findOfReports(sentReports);
        Map<Long, ReportIngestion> ingested = ingestions.findOfReports(sentReports);
        List<Detection> detected = new ArrayList<>();
        Map<Detection, FindingCase> caseOf = new LinkedHashMap<>();
        int cases = 0;
        for (Period quarter : quarters.periods()) {
            for (Unit unit : byCode.values()) {
                List<Report> current = written.getOrDefault(key(unit, quarter), List.of());
                Optional<Report> sent = sentOf(current);
                Optional<Report> previous = sentOf(written.getOrDefault(key(unit, quarter.previous()), List.of()));
                FindingCase c = new FindingCase(unit, quarter, current, sent,
                        sent.map(r -> figures.getOrDefault(r.id(), List.of())).orElse(List.of()),
                        previous.map(r -> figures.getOrDefault(r.id(), List.of())).orElse(List.of()),
                        subtrees.get(unit.code()).stream().filter(u -> u.isOpenDuring(quarter.startDate(), quarter.endDate())).toList(),
                        records.getOrDefault(key(unit, quarter), List.of()), sent.map(r -> ingested.get(r.id())),
                        reporting.contains(unit.code()), calendar.dueOn(quarter), today, settings);
                cases++;
                for (Detection d : FindingRules.evaluate(c)) {
                    detected.add(d);
                    caseOf.put(d, c);
                }
            }
        }
        Set<String> periods = quarters.periods().stream().map(Period::toString).collect(Collectors.toSet());
        Map<String, Finding> kept = new HashMap<>();
        findings.all(Condition.and(Condition.related(FindingAttribute.UNIT, inScope),
                        Condition.eq(FindingAttribute.PERIOD_TYPE, PeriodType.QUARTER),
                        new Condition.Compare(FindingAttribute.PERIOD_YEAR, Condition.Operator.GTE, quarters.first().year()),
                        new Condition.Compare(FindingAttribute.PERIOD_YEAR, Condition.Operator.LTE, quarters.last().year())))
                .stream().filter(f -> periods.contains(f.period().toString())).forEach(f -> kept.put(f.key(), f));
        List<Finding> found = new ArrayList<>();
        int opened = 0;
        for (Detection d : detected) {
            FindingCase c = caseOf.get(d);
            String key = Finding.keyOf(d.rule().code(), c.unit(), c.period(), d.subject());
            Finding finding = kept.remove(key);
            Report in = c.sent().orElse(null);
            if (finding == null) {
                finding = new Finding(d, c.unit(), c.period(), in, caller.name(), now);
                findings.add(finding);
                opened++;
            } else {
                boolean wasResolved = finding.status() == FindingStatus.RESOLVED;
                if (finding.foundAgain(d, in, caller.name(), now)) {
                    findings.update(finding);
                }
                opened += wasResolved ? 1 : 0;
            }
            found.add(finding);
        }
        int resolved = 0;
        for (Finding gone : kept.values()) {
            if (gone.status() != FindingStatus.RESOLVED) {
                gone.notFound(caller.name(), now);
                findings.update(gone);
                resolved++;
            }
        }
        found.sort(Comparator.comparing(Finding::severity).thenComparing(Finding::key));
        return new Evaluation(found, opened, resolved, cases);
    }

    /** An id this API gave out, or none: an id of another form names no finding. */
    private static Optional<Long> parsed(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The report sent to Home Affairs among a unit's current ones on a period: the latest revision sent. */
    private static Optional<Report> sentOf(List<Report> current) {
        return current.stream().filter(r -> r.status().isSent()).max(Comparator.comparingInt(Report::revision));
    }

    private List<Unit> reportingUnits(Condition unitCondition) {
        Condition reporting = Condition.and(unitCondition, new Condition.OneOf(UnitAttribute.KIND,
                Arrays.stream(UnitKind.values()).filter(UnitKind::reportsQuarterly).map(k -> (Object) k).toList()));
        List<Unit> found = units.find(Criteria.where(reporting), new PageRequest(0, MAX_UNITS + 1)).items();
        DomainException.require(found.size() <= MAX_UNITS, "TOO_MANY_UNITS",
                "more than " + MAX_UNITS + " reporting units match; narrow the units", "units.tooMany", MAX_UNITS);
        return found;
    }

    private static Condition inPeriod(Period period) {
        return Condition.and(Condition.eq(FindingAttribute.PERIOD_TYPE, period.type()),
                Condition.eq(FindingAttribute.PERIOD_YEAR, period.year()), Condition.eq(FindingAttribute.PERIOD_NUMBER, period.number()));
    }

    private static String key(Unit unit, Period period) {
        return unit.code() + " " + period;
    }

    private static String snapshot(Finding f) {
        return "{\"rule\":\"" + f.rule() + "\",\"status\":\"" + f.status() + "\",\"changedBy\":\"" + f.changedBy() + "\"}";
    }
}
