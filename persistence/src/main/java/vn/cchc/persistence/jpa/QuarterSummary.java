package vn.cchc.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.period.PeriodType;
import vn.cchc.domain.shared.DomainException;
import vn.cchc.domain.statistics.DossierCounts;
import vn.cchc.domain.unit.Unit;

/**
 * One row of the quarterly dossier summary: the {@link DossierCounts} of a receiving unit's dossiers in one quarter,
 * each measure a column. Rows are written by {@link JpaDossierSummary} and read only by aggregate queries.
 */
@MappedSuperclass
public abstract class QuarterSummary {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "UNIT_ID")
    private Unit unit;

    @Embedded
    private Period quarter;

    @Column(name = "CARRIED_OVER", nullable = false)
    private long carriedOver;
    @Column(name = "RECEIVED", nullable = false)
    private long received;
    @Column(name = "RESOLVED_EARLY", nullable = false)
    private long resolvedEarly;
    @Column(name = "RESOLVED_ON_TIME", nullable = false)
    private long resolvedOnTime;
    @Column(name = "RESOLVED_LATE", nullable = false)
    private long resolvedLate;
    @Column(name = "RETURNED", nullable = false)
    private long returned;
    @Column(name = "WITHDRAWN", nullable = false)
    private long withdrawn;
    @Column(name = "IN_PROGRESS_NOT_DUE", nullable = false)
    private long inProgressNotDue;
    @Column(name = "IN_PROGRESS_OVERDUE", nullable = false)
    private long inProgressOverdue;
    @Column(name = "ONLINE_RECEIVED", nullable = false)
    private long online;

    protected QuarterSummary() {
        // for JPA
    }

    protected QuarterSummary(Unit unit, Period quarter, DossierCounts counts) {
        DomainException.require(unit != null && quarter != null && quarter.type() == PeriodType.QUARTER, "INVALID_SUMMARY",
                "a summary row needs a unit and a quarter, got " + quarter);
        this.unit = unit;
        this.quarter = quarter;
        this.carriedOver = counts.carriedOver();
        this.received = counts.received();
        this.resolvedEarly = counts.resolvedEarly();
        this.resolvedOnTime = counts.resolvedOnTime();
        this.resolvedLate = counts.resolvedLate();
        this.returned = counts.returned();
        this.withdrawn = counts.withdrawn();
        this.inProgressNotDue = counts.inProgressNotDue();
        this.inProgressOverdue = counts.inProgressOverdue();
        this.online = counts.online();
    }
}
