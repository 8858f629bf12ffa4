package vn.cchc.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import vn.cchc.domain.shared.DomainException;
import vn.cchc.domain.statistics.DossierCounts;
import vn.cchc.domain.unit.Unit;

/**
 * One row of a dossier summary: the {@link DossierCounts} of a receiving unit's dossiers over some days (a quarter,
 * a half-month), each measure a column named as in the summaries since the first. Rows are written by
 * {@link JpaDossierSummary} and read only by aggregate queries.
 */
@MappedSuperclass
public abstract class SummaryRow {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "UNIT_ID")
    private Unit unit;

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

    protected SummaryRow() {
        // for JPA
    }

    protected SummaryRow(Unit unit, DossierCounts counts) {
        DomainException.require(unit != null, "INVALID_SUMMARY", "a summary row needs a unit");
        this.unit = unit;
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
