package vn.cchc.domain.indicator;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.report.Report;
import vn.cchc.domain.shared.DomainException;
import vn.cchc.domain.unit.Unit;

/**
 * One value of one indicator for one unit and one period, possibly for one slice of it (a breakdown), either
 * reported in a report or computed from dossier records.
 */
@Entity
@Table(name = "OBSERVATION")
public class Observation {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "INDICATOR_ID")
    private Indicator indicator;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "UNIT_ID")
    private Unit unit;

    @Embedded
    private Period period;

    @Embedded
    private ObservedValue value;

    @ElementCollection
    @CollectionTable(name = "OBSERVATION_BREAKDOWN", joinColumns = @JoinColumn(name = "OBSERVATION_ID"))
    @OrderColumn(name = "POSITION")
    private List<BreakdownMember> breakdown = new ArrayList<>();

    /** {@link Breakdown#key()}: lets the database find "the total" or one slice without a join. */
    @Column(name = "BREAKDOWN_KEY", nullable = false, length = 400)
    private String breakdownKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ObservationSource source;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "REPORT_ID")
    private Report report;

    protected Observation() {
        // for JPA
    }

    private Observation(Indicator indicator, Unit unit, Period period, ObservedValue value, Breakdown breakdown,
                        ObservationSource source, Report report) {
        DomainException.require(indicator != null && unit != null && period != null && value != null,
                "INVALID_OBSERVATION", "an observation needs an indicator, a unit, a period and a value");
        DomainException.require(value.measure() == indicator.measure(), "INVALID_OBSERVATION",
                "indicator " + indicator.code() + " is a " + indicator.measure() + ", not a " + value.measure());
        this.indicator = indicator;
        this.unit = unit;
        this.period = period;
        this.value = value;
        this.breakdown = new ArrayList<>(breakdown.members());
        this.breakdownKey = breakdown.key();
        this.source = source;
        this.report = report;
    }

    /** A value a report gives, for the report's period. The unit may be another than the report's own. */
    public static Observation reported(Report report, Indicator indicator, Unit unit, ObservedValue value,
                                       Breakdown breakdown) {
        DomainException.require(report != null, "INVALID_OBSERVATION", "a reported observation needs its report");
        report.requireEditable(); // an approved report's figures are locked with it
        return new Observation(indicator, unit, report.period(), value, breakdown, ObservationSource.REPORTED, report);
    }

    /** The same reported value, given by a correction of this observation's report. */
    public Observation copyInto(Report revision) {
        DomainException.require(source == ObservationSource.REPORTED, "INVALID_OBSERVATION",
                "only a reported observation is carried into a correction");
        Breakdown slice = Breakdown.total();
        for (BreakdownMember m : breakdown) {
            slice = slice.and(m.dimension(), m.member(), m.label());
        }
        return reported(revision, indicator, unit, value.copy(), slice);
    }

    /** A value computed from dossier records. */
    public static Observation computed(Indicator indicator, Unit unit, Period period, ObservedValue value,
                                       Breakdown breakdown) {
        return new Observation(indicator, unit, period, value, breakdown, ObservationSource.COMPUTED, null);
    }

    public long version() {
        return version;
    }

    public Long id() {
        return id;
    }

    public Indicator indicator() {
        return indicator;
    }

    public Unit unit() {
        return unit;
    }

    public Period period() {
        return period;
    }

    public ObservedValue value() {
        return value;
    }

    public List<BreakdownMember> breakdown() {
        return Collections.unmodifiableList(breakdown);
    }

    public boolean isTotal() {
        return breakdownKey.isEmpty();
    }

    public ObservationSource source() {
        return source;
    }

    public Optional<Report> report() {
        return Optional.ofNullable(report);
    }

    @Override
    public String toString() {
        return indicator + "@" + unit + " " + period + " [" + breakdownKey + "] = " + value;
    }
}
