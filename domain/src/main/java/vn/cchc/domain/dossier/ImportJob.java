package vn.cchc.domain.dossier;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
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
import vn.cchc.domain.shared.DomainException;

/**
 * One bulk import of dossiers (lượt nhập hồ sơ): who sent which format, where it stands, and its counts, so that a
 * client can follow a long import. It moves only forward: QUEUED, VALIDATING, then WRITING and SUCCEEDED, or FAILED
 * with the errors found (at most {@link #MAX_ERRORS} kept, all of them counted). A job the server stopped in the
 * middle of is {@link #interrupt interrupted}: FAILED, for it can never finish.
 */
@Entity
@Table(name = "IMPORT_JOB")
public class ImportJob {

    /** The errors kept per job; the rest are only counted. */
    public static final int MAX_ERRORS = 1_000;

    /** The code of the one error of an {@link #interrupt interrupted} job. */
    public static final String INTERRUPTED = "IMPORT_INTERRUPTED";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    private Long id;

    @Version
    private long version;

    @Column(name = "STARTED_BY", nullable = false, length = 100)
    private String startedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private ImportFormat format;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ImportState state;

    /** In UTC, as LocalDateTime: JPA 3.1 maps an Instant only as serialized bytes, which cannot be ordered. */
    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    /** The UTC day of {@link #createdAt}, kept apart so that filters by day compare days. */
    @Column(name = "CREATED_ON", nullable = false)
    private LocalDate createdOn;

    @Column(name = "FINISHED_AT")
    private LocalDateTime finishedAt;

    @Column(name = "FINISHED_ON")
    private LocalDate finishedOn;

    @Column(name = "ROWS_READ", nullable = false)
    private int rowsRead;

    @Column(name = "ROWS_VALID", nullable = false)
    private int rowsValid;

    /** Rows inserted or updated. */
    @Column(name = "ROWS_WRITTEN", nullable = false)
    private int rowsWritten;

    /** Rows identical to the dossier already stored. */
    @Column(name = "ROWS_SKIPPED", nullable = false)
    private int rowsSkipped;

    @Column(name = "ERROR_COUNT", nullable = false)
    private int errorCount;

    /** The server running the job, which holds it until {@link #leaseUntil} and keeps pushing that forward. */
    @Column(name = "LEASE_HOLDER", length = 200)
    private String leaseHolder;

    /** UTC; past it, the server holding the job is taken to be gone. */
    @Column(name = "LEASE_UNTIL")
    private LocalDateTime leaseUntil;

    @ElementCollection
    @CollectionTable(name = "IMPORT_JOB_ERROR", joinColumns = @JoinColumn(name = "JOB_ID"))
    @OrderColumn(name = "POSITION")
    private List<ImportError> errors = new ArrayList<>();

    protected ImportJob() {
        // for JPA
    }

    public ImportJob(String startedBy, ImportFormat format, Instant createdAt) {
        this.startedBy = DomainException.requireText(startedBy, "INVALID_IMPORT", "who started the import");
        DomainException.require(format != null, "INVALID_IMPORT", "the import needs a format");
        this.format = format;
        this.createdAt = utc(createdAt);
        this.createdOn = this.createdAt.toLocalDate();
        this.state = ImportState.QUEUED;
    }

    /**
     * The server that will run the job holds it until {@code until}: while it lives it pushes that forward (the
     * repository's {@code renewLeases}); no other server takes the job for abandoned before then.
     */
    public void leaseTo(String holder, Instant until) {
        DomainException.require(!state.isFinished(), "INVALID_IMPORT", "a finished import is held by no server");
        this.leaseHolder = DomainException.requireText(holder, "INVALID_IMPORT", "the server holding the import");
        this.leaseUntil = utc(until);
    }

    /**
     * Unfinished and held by no live server: its lease ran out (its server died or lost the database), or it never had
     * one (a job of a version before leases). Such a job can never finish; any server may {@link #interrupt} it.
     */
    public boolean isAbandoned(Instant now) {
        return !state.isFinished() && (leaseUntil == null || !utc(now).isBefore(leaseUntil));
    }

    public void startValidating() {
        move(ImportState.QUEUED, ImportState.VALIDATING);
    }

    /** Progress while validating: rows read so far. */
    public void read(int rows) {
        move(ImportState.VALIDATING, ImportState.VALIDATING);
        this.rowsRead = rows;
    }

    /** Every row passed; writing begins. */
    public void startWriting(int read, int valid) {
        move(ImportState.VALIDATING, ImportState.WRITING);
        this.rowsRead = read;
        this.rowsValid = valid;
    }

    public void succeed(int written, int skipped, Instant at) {
        move(ImportState.WRITING, ImportState.SUCCEEDED);
        this.rowsWritten = written;
        this.rowsSkipped = skipped;
        finishAt(at);
    }

    /**
     * Ends the job with nothing written.
     *
     * @param found the errors kept (at most {@link #MAX_ERRORS})
     * @param total how many were found in all
     */
    public void fail(int read, int valid, List<ImportError> found, int total, Instant at) {
        DomainException.require(!state.isFinished(), "INVALID_IMPORT", "import " + id + " is already " + state);
        this.state = ImportState.FAILED;
        this.rowsRead = read;
        this.rowsValid = valid;
        this.rowsWritten = 0;
        this.rowsSkipped = 0;
        this.errors.clear();
        this.errors.addAll(found.subList(0, Math.min(found.size(), MAX_ERRORS)));
        this.errorCount = Math.max(total, errors.size());
        finishAt(at);
    }

    /**
     * Ends a job the server stopped before it finished (it runs on a thread of the server, which no restart resumes):
     * FAILED, with one error that says so. Nothing of it was written, since its dossiers are written in one transaction
     * that the stop rolled back; the rows it had read stay counted.
     */
    public void interrupt(Instant at) {
        fail(rowsRead, rowsValid, List.of(new ImportError(0, null, new DomainException(INTERRUPTED,
                "the server stopped before the import finished; nothing was written: import the file again",
                "import.interrupted"))), 1, at);
    }

    private void finishAt(Instant at) {
        this.finishedAt = utc(at);
        this.finishedOn = finishedAt.toLocalDate();
    }

    private void move(ImportState from, ImportState to) {
        DomainException.require(state == from, "INVALID_IMPORT", "import " + id + " is " + state + ", not " + from);
        this.state = to;
    }

    public Long id() {
        return id;
    }

    public String startedBy() {
        return startedBy;
    }

    public ImportFormat format() {
        return format;
    }

    public ImportState state() {
        return state;
    }

    public Instant createdAt() {
        return createdAt.toInstant(ZoneOffset.UTC);
    }

    /** The server that holds the job; null for a job of a version before leases. */
    public String leaseHolder() {
        return leaseHolder;
    }

    /** Null while the job runs. */
    public Instant finishedAt() {
        return finishedAt == null ? null : finishedAt.toInstant(ZoneOffset.UTC);
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public int rowsRead() {
        return rowsRead;
    }

    public int rowsValid() {
        return rowsValid;
    }

    public int rowsWritten() {
        return rowsWritten;
    }

    public int rowsSkipped() {
        return rowsSkipped;
    }

    public int errorCount() {
        return errorCount;
    }

    public List<ImportError> errors() {
        return Collections.unmodifiableList(errors);
    }
}
