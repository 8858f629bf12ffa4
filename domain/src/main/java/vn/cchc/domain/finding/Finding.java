package vn.cchc.domain.finding;

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
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.report.Report;
import vn.cchc.domain.shared.DomainException;
import vn.cchc.domain.unit.Unit;

/**
 * A data-quality finding kept (phát hiện): what a rule found on one unit and period, with its evidence, and where it
 * stands. Running the rules again finds the same finding by its {@link #key}: it is brought up to date, reopened if it
 * had been resolved, and resolved when it is no longer found; an acknowledged one stays acknowledged while it is found.
 */
@Entity
@Table(name = "DATA_FINDING")
public class Finding {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    private Long id;

    @Version
    private long version;

    /** Rule, unit, period and subject: one finding per key, a unique column. */
    @Column(name = "FINDING_KEY", nullable = false, unique = true, length = 400)
    private String key;

    @Column(name = "RULE_CODE", nullable = false, length = 40)
    private String rule;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Severity severity;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "UNIT_ID")
    private Unit unit;

    @Embedded
    private Period period;

    /** The report found wrong; none for a report that is missing. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "REPORT_ID")
    private Report report;

    @Column(name = "MESSAGE_VI", nullable = false, length = 1000)
    private String messageVi;

    @Column(name = "MESSAGE_EN", nullable = false, length = 1000)
    private String messageEn;

    @ElementCollection
    @CollectionTable(name = "DATA_FINDING_EVIDENCE", joinColumns = @JoinColumn(name = "FINDING_ID"))
    @OrderColumn(name = "POSITION")
    private List<Evidence> evidence = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private FindingStatus status;

    @Column(name = "STATUS_COMMENT", length = 1000)
    private String comment;

    /** Who moved it last; the user whose evaluation found or resolved it, for a move the rules made. */
    @Column(name = "STATUS_CHANGED_BY", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "STATUS_CHANGED_AT", nullable = false)
    private LocalDateTime changedAt; // UTC: JPA 3.1 has no column type for an Instant

    @Column(name = "DETECTED_AT", nullable = false)
    private LocalDateTime detectedAt;

    protected Finding() {
        // for JPA
    }

    /** A new finding, OPEN. */
    public Finding(Detection found, Unit unit, Period period, Report report, String by, Instant at) {
        DomainException.require(found != null && unit != null && period != null, "INVALID_FINDING",
                "a finding has what was found, its unit and its period");
        this.key = keyOf(found.rule().code(), unit, period, found.subject());
        this.rule = found.rule().code();
        this.severity = found.rule().severity();
        this.unit = unit;
        this.period = period;
        this.status = FindingStatus.OPEN;
        this.detectedAt = utc(at);
        refresh(found, report);
        moved(FindingStatus.OPEN, null, by, at);
    }

    /** What tells a finding apart from every other: the same on every run of the rules. */
    public static String keyOf(String ruleCode, Unit unit, Period period, String subject) {
        return ruleCode + "|" + unit.code() + "|" + period + "|" + subject;
    }

    /**
     * Found again: its messages and evidence are the new run's; a resolved finding opens again, for what was corrected
     * is wrong again, and one acknowledged stays so (the comment still explains it).
     *
     * @return whether anything changed: a finding found as it was keeps its version, so that who read it may still move it
     */
    public boolean foundAgain(Detection found, Report in, String by, Instant at) {
        DomainException.require(keyOf(found.rule().code(), unit, period, found.subject()).equals(key), "INVALID_FINDING",
                "finding " + key + " is not " + found.subject());
        boolean same = Objects.equals(report == null ? null : report.id(), in == null ? null : in.id()) && messageVi.equals(found.messageVi()) && messageEn.equals(found.messageEn())
                && evidence.equals(found.evidence()) && status != FindingStatus.RESOLVED;
        if (same) {
            return false;
        }
        refresh(found, in);
        if (status == FindingStatus.RESOLVED) {
            moved(FindingStatus.OPEN, null, by, at);
        }
        return true;
    }

    /** No longer found by the rules: resolved, unless it already was. */
    public void notFound(String by, Instant at) {
        if (status != FindingStatus.RESOLVED) {
            moved(FindingStatus.RESOLVED, null, by, at);
        }
    }

    /** Seen and explained (đã ghi nhận): the comment says why the figures stand. */
    public void acknowledge(String why, String by, Instant at) {
        DomainException.require(why != null && !why.isBlank(), "COMMENT_REQUIRED", "an acknowledged finding says why, in its comment",
                "finding.commentRequired");
        moved(FindingStatus.ACKNOWLEDGED, why, by, at);
    }

    /** Corrected (đã xử lý); the comment may say how. */
    public void resolve(String how, String by, Instant at) {
        moved(FindingStatus.RESOLVED, how, by, at);
    }

    /** Open again, for another look. */
    public void reopen(String why, String by, Instant at) {
        moved(FindingStatus.OPEN, why, by, at);
    }

    private void refresh(Detection found, Report in) {
        this.report = in;
        this.messageVi = found.messageVi();
        this.messageEn = found.messageEn();
        this.evidence.clear();
        this.evidence.addAll(found.evidence());
    }

    private void moved(FindingStatus to, String why, String by, Instant at) {
        this.status = to;
        this.comment = why == null || why.isBlank() ? null : why.strip();
        this.changedBy = DomainException.requireText(by, "INVALID_FINDING", "who moved the finding");
        this.changedAt = utc(at);
    }

    private static LocalDateTime utc(Instant at) {
        DomainException.require(at != null, "INVALID_FINDING", "a move of a finding has a time");
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String key() {
        return key;
    }

    public String rule() {
        return rule;
    }

    public Severity severity() {
        return severity;
    }

    public Unit unit() {
        return unit;
    }

    public Period period() {
        return period;
    }

    public Optional<Report> report() {
        return Optional.ofNullable(report);
    }

    public String messageVi() {
        return messageVi;
    }

    public String messageEn() {
        return messageEn;
    }

    public List<Evidence> evidence() {
        return Collections.unmodifiableList(evidence);
    }

    public FindingStatus status() {
        return status;
    }

    public Optional<String> comment() {
        return Optional.ofNullable(comment);
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt.toInstant(ZoneOffset.UTC);
    }

    public Instant detectedAt() {
        return detectedAt.toInstant(ZoneOffset.UTC);
    }

    @Override
    public String toString() {
        return key + " " + status;
    }
}
