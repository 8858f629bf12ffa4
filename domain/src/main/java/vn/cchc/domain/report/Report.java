package vn.cchc.domain.report;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import vn.cchc.domain.area.ReformArea;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.period.PeriodType;
import vn.cchc.domain.shared.DomainException;
import vn.cchc.domain.shared.SearchText;
import vn.cchc.domain.unit.Unit;

/**
 * The CCHC report (báo cáo) of a unit for a period, following the report's own outline: numbered sections
 * with their items, the signer and the recipients. Heading fields are kept as printed; a report that left
 * its number or day blank (as drafts often do) keeps the blanks rather than a guess.
 */
@Entity
@Table(name = "REPORT")
public class Report {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "UNIT_ID")
    private Unit unit;

    @Embedded
    private Period period;

    /** "Số: ..." as printed, possibly incomplete ("/SKHCN-VP"). */
    @Column(name = "PRINTED_NUMBER", length = 80)
    private String printedNumber;

    @Column(length = 100)
    private String place;

    /** The date line as printed ("ngày tháng 3 năm 2022"), kept even when it has blanks. */
    @Column(name = "DATE_LINE", length = 100)
    private String dateLine;

    /** The full issue date, only when the report gives one. */
    @Column(name = "ISSUED_ON")
    private LocalDate issuedOn;

    @Column(nullable = false, length = 500)
    private String title;

    /** {@link SearchText#fold} of the title: what the filters' {@code search} matches. */
    @Column(name = "SEARCH_TEXT", length = 2000)
    private String searchText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReportStatus status;

    @Column(name = "RETURN_REASON", length = 2000)
    private String returnReason;

    /** 1 for the first report of a unit and period, one more for each correction (lần sửa đổi). */
    @Column(name = "REVISION", nullable = false)
    private int revision = 1;

    /** When the report or any of its parts last changed (thời điểm cập nhật); null for data loaded at start-up. */
    @Column(name = "CHANGED_AT")
    private LocalDateTime changedAt; // UTC: JPA 3.1 has no column type for an Instant

    /** The day it was first sent to Home Affairs (ngày gửi), in Vietnam; null when not sent, or not known (an old file). */
    @Column(name = "SUBMITTED_ON")
    private LocalDate submittedOn;

    /** The approved report this one corrects, or null. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "REVISES_ID")
    private Report revises;

    @Embedded
    private Signer signer;

    @ElementCollection
    @CollectionTable(name = "REPORT_RECIPIENT", joinColumns = @JoinColumn(name = "REPORT_ID"))
    @OrderColumn(name = "POSITION")
    private List<Recipient> recipients = new ArrayList<>();

    /** Every section of any depth, in document order; {@link #sections()} gives the top level. */
    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ReportSection> allSections = new ArrayList<>();

    protected Report() {
        // for JPA
    }

    /** Starts a draft report of a unit for a period. */
    public Report(Unit unit, Period period, String title) {
        DomainException.require(unit != null && period != null, "INVALID_REPORT", "a report needs a unit and a period");
        this.unit = unit;
        this.period = period;
        this.title = DomainException.requireText(title, "INVALID_REPORT", "report title");
        this.searchText = SearchText.fold(this.title);
        this.status = ReportStatus.DRAFT;
    }

    /**
     * A new draft of a unit for a period: the unit must exist during the period, and have no report on it yet
     * ({@code current}, the unit's current report on the period if any; a correction is a revision instead).
     */
    public static Report create(Unit unit, Period period, String title, List<Report> current) {
        requireOpenUnit(unit, period);
        requireFirst(unit, period, current);
        return new Report(unit, period, title);
    }

    /** A unit reports only on a period it existed during. */
    public static void requireOpenUnit(Unit unit, Period period) {
        DomainException.require(unit.isOpenDuring(period.startDate(), period.endDate()), "UNIT_CLOSED",
                unit.code() + " did not exist during " + period, "unit.closed", unit.code(), period.labelVi());
    }

    /** One report per unit and period: what corrects it is a new revision. */
    public static void requireFirst(Unit unit, Period period, List<Report> current) {
        DomainException.require(current.isEmpty(), "DUPLICATE_REPORT",
                unit.code() + " already has a report on " + period + ": correct it with a new revision", "report.duplicate",
                unit.code(), period.labelVi());
    }

    /**
     * Whether a unit still owes its report on a period (chưa báo cáo): it is a unit that reports every quarter, it
     * existed during the period, and none of its current reports on it ({@code current}) has been sent to Home Affairs.
     */
    public static boolean isOwed(Unit unit, Period period, List<Report> current) {
        return unit.kind().reportsQuarterly() && period.type() == PeriodType.QUARTER
                && unit.isOpenDuring(period.startDate(), period.endDate())
                && current.stream().noneMatch(r -> r.status.isSent());
    }

    /** A report is dated in or after the period it reports on. */
    public static void requireIssuedInPeriod(Period period, LocalDate issuedOn) {
        DomainException.require(issuedOn == null || !issuedOn.isBefore(period.startDate()), "INVALID_DATE",
                "a report on " + period + " cannot be dated " + issuedOn + ", before the period began",
                "report.issuedBeforePeriod", issuedOn, period.labelVi());
    }

    /**
     * Starts a correction of an approved report (báo cáo sửa đổi): a draft with the same heading, sections, items,
     * signer and recipients, one revision later, linked to it. The approved report stays as it is, readable, until
     * the correction is approved and supersedes it. Its observations are copied by the caller, which knows the
     * repository.
     */
    public static Report revisionOf(Report approved) {
        DomainException.require(ReportAction.REVISE.isAllowedIn(approved.status), "INVALID_REPORT_STATUS",
                "only an approved report is corrected by a new revision, this one is " + approved.status,
                "report.status", "revise", approved.status);
        Report draft = new Report(approved.unit, approved.period, approved.title);
        draft.revision = approved.revision + 1;
        draft.revises = approved;
        draft.printedNumber = approved.printedNumber;
        draft.place = approved.place;
        draft.dateLine = approved.dateLine;
        draft.issuedOn = approved.issuedOn;
        draft.signer = approved.signer;
        draft.recipients.addAll(approved.recipients);
        approved.sections().forEach(s -> s.copyInto(draft, null));
        return draft;
    }

    /**
     * Notes that the report, its outline or its figures changed now: the report's row changes with its parts, so that
     * its version (which covers them all) rises with every change.
     */
    public void markChanged(Instant at) {
        DomainException.require(at != null, "INVALID_REPORT", "a change has a time");
        this.changedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** Changes the title (tiêu đề). */
    public void retitle(String newTitle) {
        requireEditable();
        this.title = DomainException.requireText(newTitle, "INVALID_REPORT", "report title");
        this.searchText = SearchText.fold(this.title);
    }

    /** Replaces the recipients (nơi nhận) with these, in order. */
    public void replaceRecipients(List<Recipient> newRecipients) {
        requireEditable();
        recipients.clear();
        recipients.addAll(newRecipients);
    }

    /** Removes every section and item, to write the outline anew (sections are then added again in order). */
    public void clearOutline() {
        requireEditable();
        allSections.forEach(ReportSection::detach);
        allSections.clear();
    }

    /** Drops every item's links to the observations it states, before the report's figures are recorded anew. */
    public void forgetStatedObservations() {
        requireEditable();
        allSections.forEach(s -> s.items().forEach(ReportItem::forgetObservations));
    }

    /**
     * Sets the heading as printed.
     *
     * @param issuedOn the full date when the report gives one, else null; it must fall in or after the period
     */
    public void head(String number, String atPlace, String printedDateLine, LocalDate issuedOn) {
        requireEditable();
        requireIssuedInPeriod(period, issuedOn);
        this.printedNumber = blankToNull(number);
        this.place = blankToNull(atPlace);
        this.dateLine = blankToNull(printedDateLine);
        this.issuedOn = issuedOn;
    }

    public void signedBy(Signer by) {
        requireEditable();
        this.signer = by;
    }

    public void sendTo(Recipient recipient) {
        requireEditable();
        recipients.add(recipient);
    }

    /** Adds a top-level section ("I", "II", ...). */
    public ReportSection addSection(String number, String heading, ReformArea area) {
        return newSection(null, number, heading, area);
    }

    ReportSection newSection(ReportSection parent, String rawNumber, String heading, ReformArea area) {
        requireEditable();
        String number = DomainException.requireText(rawNumber, "INVALID_REPORT", "section number");
        ReportSection.requireNewNumber(allSections.stream().filter(s -> s.parent().orElse(null) == parent).map(ReportSection::number)
                .toList(), number);
        ReportSection section = new ReportSection(this, parent, allSections.size() + 1, number, heading, area);
        allSections.add(section);
        return section;
    }

    /**
     * Sends the report to Home Affairs; it can no longer be edited unless returned. The first sending's day is kept:
     * a report returned and sent again was on time if it was first sent on time.
     *
     * @param on the day, in Vietnam; null when it is not known (a report loaded from an old file)
     */
    public void submit(LocalDate on) {
        DomainException.require(ReportAction.SUBMIT.isAllowedIn(status), "INVALID_REPORT_STATUS", "a " + status + " report cannot be submitted",
                "report.status", "submit", status);
        DomainException.require(signer != null, "REPORT_UNSIGNED", "a report is signed before it is submitted",
                "report.unsigned");
        this.status = ReportStatus.SUBMITTED;
        this.returnReason = null;
        if (submittedOn == null) {
            this.submittedOn = on;
        }
    }

    /** Home Affairs sends the report back with the reason; the unit can edit it again. */
    public void returnForRevision(String reason) {
        DomainException.require(ReportAction.RETURN.isAllowedIn(status), "INVALID_REPORT_STATUS",
                "only a submitted report can be returned, this one is " + status, "report.status", "return", status);
        this.returnReason = DomainException.requireText(reason, "INVALID_REPORT", "reason");
        this.status = ReportStatus.RETURNED;
    }

    /**
     * Home Affairs approves the report; it is locked from then on. A correction supersedes the revision it corrects:
     * from then on, the figures of the correction count.
     */
    public void approve() {
        DomainException.require(ReportAction.APPROVE.isAllowedIn(status), "INVALID_REPORT_STATUS",
                "only a submitted report can be approved, this one is " + status, "report.status", "approve", status);
        this.status = ReportStatus.APPROVED;
        this.returnReason = null;
        if (revises != null) {
            revises.status = ReportStatus.SUPERSEDED;
        }
    }

    /** Fails unless the report can still be changed: a draft, or a report returned for revision. */
    public void requireEditable() {
        DomainException.require(ReportAction.EDIT.isAllowedIn(status), "REPORT_LOCKED", "the report is " + status + " and cannot be edited",
                "report.locked", status);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Unit unit() {
        return unit;
    }

    public Period period() {
        return period;
    }

    public Optional<String> printedNumber() {
        return Optional.ofNullable(printedNumber);
    }

    public Optional<String> place() {
        return Optional.ofNullable(place);
    }

    public Optional<String> dateLine() {
        return Optional.ofNullable(dateLine);
    }

    public Optional<LocalDate> issuedOn() {
        return Optional.ofNullable(issuedOn);
    }

    public String title() {
        return title;
    }

    public ReportStatus status() {
        return status;
    }

    public Optional<Instant> changedAt() {
        return Optional.ofNullable(changedAt).map(t -> t.toInstant(ZoneOffset.UTC));
    }

    public int revision() {
        return revision;
    }

    /** The approved report this one corrects. */
    public Optional<Report> revises() {
        return Optional.ofNullable(revises);
    }

    public Optional<LocalDate> submittedOn() {
        return Optional.ofNullable(submittedOn);
    }

    public Optional<String> returnReason() {
        return Optional.ofNullable(returnReason);
    }

    public Optional<Signer> signer() {
        return Optional.ofNullable(signer);
    }

    public List<Recipient> recipients() {
        return Collections.unmodifiableList(recipients);
    }

    /** The top-level sections, in order. */
    public List<ReportSection> sections() {
        return allSections.stream().filter(s -> s.parent().isEmpty()).toList();
    }

    /** Every section of any depth, in document order. */
    public List<ReportSection> allSections() {
        return Collections.unmodifiableList(allSections);
    }
}
