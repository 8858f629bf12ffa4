package vn.cchc.application.dossier;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cchc.application.audit.AuditTrail;
import vn.cchc.application.security.AccessPolicy;
import vn.cchc.application.security.Caller;
import vn.cchc.application.security.Operation;
import vn.cchc.domain.dossier.Dossier;
import vn.cchc.domain.dossier.DossierRepository;
import vn.cchc.domain.dossier.ImportError;
import vn.cchc.domain.dossier.ImportFormat;
import vn.cchc.domain.dossier.ImportJob;
import vn.cchc.domain.dossier.ImportJobAttribute;
import vn.cchc.domain.dossier.ImportJobRepository;
import vn.cchc.domain.dossier.StoredDossier;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.procedure.ProcedureRepository;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.shared.Criteria;
import vn.cchc.domain.shared.DomainException;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.shared.Slice;
import vn.cchc.domain.shared.Violations;
import vn.cchc.domain.statistics.DossierSummary;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitRepository;

/**
 * Bulk import of dossiers (nhập hồ sơ hàng loạt). {@link #start} checks the caller and the request, records a QUEUED
 * job and hands the file to a managed executor; the job then validates every row, and only when all pass writes them
 * in one transaction: new dossiers are added, a row whose unit already has a dossier of that code replaces it when it
 * differs and is skipped when identical, so importing the same file twice changes nothing. Any broken rule, or a
 * failure while writing, leaves the dossiers as they were and the job FAILED with its errors. A job's success commits
 * with its dossiers, so a job whose server stopped before it ended has written nothing.
 *
 * <p>Several servers may share the database: the server running a job holds it by a lease ({@code
 * cchc.import.lease-seconds}, 60 s) that it renews every quarter of it; a job whose lease has run out ({@link
 * ImportJob#isAbandoned}) lost its server, and whichever server sees it first, at its start or at its next renewal, ends it {@link ImportJob#interrupt interrupted}. Another
 * server's start leaves a running job alone.
 */
@ApplicationScoped
public class DossierImportService {

    private static final Logger LOG = Logger.getLogger(DossierImportService.class.getName());
    static final String ENTITY = "ImportJob";
    /** Rows between two progress reports while validating. */
    static final int PROGRESS_EVERY = 10_000;
    /** A 100,000-row import takes well under a minute here; the default 120 s would leave too little margin. */
    private static final int TRANSACTION_TIMEOUT_SECONDS = 1_800;

    /**
     * How long a job stays held after its server last renewed it; the server renews its jobs (and looks for abandoned
     * ones) every quarter of it. Longer than any pause of a live server; shorter means a dead server's job ends sooner.
     */
    @Inject
    @ConfigProperty(name = "cchc.import.lease-seconds", defaultValue = "60")
    long leaseSeconds;

    private final Clock clock = Clock.systemUTC();

    /** This server as the holder of the jobs it runs: its host and a number drawn at each start. */
    private final String server = host() + "/" + UUID.randomUUID();

    @Inject
    ImportJobRepository jobs;

    @Inject
    DossierRepository dossiers;

    @Inject
    UnitRepository units;

    @Inject
    ProcedureRepository procedures;

    @Inject
    AuditTrail audit;

    /** The quarterly summary the statistics read: refreshed in the import's transaction (its contract). */
    @Inject
    DossierSummary summary;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    UserTransaction transaction;

    /** The renewals this application scheduled: the server's executor outlives an application stopped or redeployed. */
    private ScheduledFuture<?> renewals;

    /** Accepts an import: the caller must be allowed to import at all; the rows are checked by the job. */
    public ImportJob start(Caller caller, ImportFormat format, String content) {
        AccessPolicy.require(caller, Operation.IMPORT_DOSSIERS, caller.unitPath(), "importDossiers");
        Violations violations = new Violations();
        violations.require(format != null, "format", "REQUIRED", "format must not be blank", "required", "format");
        violations.require(content != null && !content.isBlank(), "content", "REQUIRED", "content must not be blank",
                "required", "content");
        violations.throwIfAny();
        ImportJob job = new ImportJob(caller.name(), format, clock.instant());
        job.leaseTo(server, clock.instant().plus(lease()));
        jobs.add(job);
        long id = job.id();
        executor.execute(() -> run(id, caller, format, content));
        return job;
    }

    /** The job, if the caller may read it: its own, or any for admins and Home Affairs. */
    public Optional<ImportJob> job(Caller caller, long id) {
        AccessPolicy.require(caller, Operation.READ_DIRECTORY, "importJob");
        return jobs.find(id).filter(j -> AccessPolicy.readsAllImportJobs(caller) || j.startedBy().equals(caller.name()));
    }

    /**
     * The jobs matching the criteria ({@link ImportJobAttribute}) among those the caller may read, newest first unless
     * they order otherwise. The caller's rule is added to the criteria's condition as a whole, so that no {@code or} or
     * {@code not} of it reaches another user's job.
     */
    public Slice<ImportJob> jobs(Caller caller, Criteria criteria, PageRequest page) {
        AccessPolicy.require(caller, Operation.READ_DIRECTORY, "importJobs");
        return jobs.find(criteria.and(readableBy(caller)), page);
    }

    /** How many jobs match the condition among those the caller may read. */
    public long countJobs(Caller caller, Condition condition) {
        AccessPolicy.require(caller, Operation.READ_DIRECTORY, "importJobs");
        return jobs.count(Condition.and(condition, readableBy(caller)));
    }

    private static Condition readableBy(Caller caller) {
        return AccessPolicy.readsAllImportJobs(caller) ? Condition.TRUE : Condition.eq(ImportJobAttribute.STARTED_BY, caller.name());
    }

    /**
     * At start-up, before any import can start here: a job whose server is gone (its own earlier run, or another
     * server) will never go on, for nothing resumes it, so it ends FAILED, saying that nothing was written and the file
     * must be sent again. Jobs that a live server holds are left to it.
     */
    void failInterrupted(@Observes @Initialized(ApplicationScoped.class) Object started) {
        failAbandoned();
    }

    /** Then, while the server runs: renews its leases, and ends the jobs abandoned since. */
    void keepLeases(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) @Initialized(ApplicationScoped.class) Object started) {
        long every = lease().dividedBy(4).toMillis();
        renewals = scheduler.scheduleAtFixedRate(() -> {
            try {
                jobs.renewLeases(server, clock.instant().plus(lease()));
                failAbandoned();
            } catch (RuntimeException e) {
                // the next round tries again; a lease lasts four rounds
                LOG.log(Level.WARNING, "could not renew the leases of this server's imports", e);
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    private Duration lease() {
        return Duration.ofSeconds(leaseSeconds);
    }

    /** Without this, an undeployed application's renewals ran on, failing for want of its CDI contexts. */
    @PreDestroy
    void stopRenewing() {
        if (renewals != null) {
            renewals.cancel(false);
        }
    }

    private void failAbandoned() {
        Instant now = clock.instant();
        int[] interrupted = {0};
        jobs.changeUnfinished(job -> {
            if (job.isAbandoned(now)) {
                job.interrupt(now);
                interrupted[0]++;
            }
        });
        if (interrupted[0] > 0) {
            LOG.warning(interrupted[0] + " import job(s) had lost their server and are now FAILED");
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }

    /** The job's work, on a thread of the executor; never throws, a failure ends the job FAILED. */
    void run(long jobId, Caller caller, ImportFormat format, String content) {
        try {
            jobs.change(jobId, ImportJob::startValidating);
            transaction.setTransactionTimeout(TRANSACTION_TIMEOUT_SECONDS);
            transaction.begin();
            Outcome outcome = validateAndWrite(jobId, caller, format, content);
            if (outcome.errors().isEmpty()) {
                // in the import's transaction: the job is SUCCEEDED exactly when its dossiers are written
                jobs.changeInTransaction(jobId, j -> j.succeed(outcome.written(), outcome.skipped(), clock.instant()));
                transaction.commit();
            } else {
                transaction.rollback();
                jobs.change(jobId, j -> j.fail(outcome.read(), outcome.valid(), outcome.errors().kept(),
                        outcome.errors().count(), clock.instant()));
            }
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "import " + jobId + " failed", e);
            rollbackIfActive();
            ImportErrors failure = new ImportErrors();
            failure.add(0, null, new DomainException("IMPORT_FAILED", "the dossiers could not be written; nothing was",
                    "import.failed"));
            jobs.change(jobId, j -> j.fail(j.rowsRead(), j.rowsValid(), failure.kept(), 1, clock.instant()));
        }
    }

    /** What the transaction of one import did, or the errors that stopped it. */
    private record Outcome(int read, int valid, int written, int skipped, ImportErrors errors) {
    }

    private Outcome validateAndWrite(long jobId, Caller caller, ImportFormat format, String content) {
        DossierRowCheck check = new DossierRowCheck(caller, units::findByCode, procedures::findByCode);
        ImportErrors errors = new ImportErrors();
        List<Dossier> valid = new ArrayList<>();
        int[] read = {0};
        List<ImportError> fileErrors = DossierFile.read(format, content, row -> {
            check.check(row, errors).ifPresent(valid::add);
            if (++read[0] % PROGRESS_EVERY == 0) {
                int sofar = read[0];
                jobs.change(jobId, j -> j.read(sofar));
            }
        });
        errors.addAll(fileErrors);
        if (!errors.isEmpty()) {
            return new Outcome(read[0], valid.size(), 0, 0, errors);
        }
        jobs.change(jobId, j -> j.startWriting(read[0], valid.size()));
        Map<Long, Unit> unitsById = new LinkedHashMap<>();
        valid.forEach(d -> unitsById.putIfAbsent(d.unit().id(), d.unit()));
        Map<String, StoredDossier> stored = new HashMap<>();
        dossiers.findStoredOfUnits(unitsById.keySet()).forEach(s -> stored.put(key(s.unitId(), s.code()), s));
        List<Dossier> added = new ArrayList<>();
        Map<Long, Dossier> replaced = new HashMap<>();
        Map<Long, int[]> perUnit = new LinkedHashMap<>(); // added, replaced, skipped
        for (Dossier d : valid) {
            StoredDossier existing = stored.get(key(d.unit().id(), d.code()));
            int[] counts = perUnit.computeIfAbsent(d.unit().id(), u -> new int[3]);
            if (existing == null) {
                added.add(d);
                counts[0]++;
            } else if (!existing.sameAs(d)) {
                replaced.put(existing.id(), d);
                counts[1]++;
            } else {
                counts[2]++;
            }
        }
        // audit entries first: their ids come from the same counter the bulk write then advances
        perUnit.forEach((unitId, c) -> audit.record(caller, "importDossiers", ENTITY, jobId, unitsById.get(unitId), null, null,
                "{\"job\":" + jobId + ",\"format\":\"" + format + "\",\"added\":" + c[0] + ",\"updated\":" + c[1]
                        + ",\"unchanged\":" + c[2] + "}", null));
        int written = added.size() + replaced.size();
        if (written > 0) {
            dossiers.writeAll(added, replaced);
            // the days each written dossier counts on, before and after: received, and closed when it is
            List<LocalDate> days = new ArrayList<>();
            added.forEach(d -> {
                days.add(d.receivedOn());
                d.closedOn().ifPresent(days::add);
            });
            replaced.forEach((id, d) -> {
                days.add(d.receivedOn());
                d.closedOn().ifPresent(days::add);
                StoredDossier before = stored.get(key(d.unit().id(), d.code()));
                days.add(before.receivedOn());
                Optional.ofNullable(before.closedOn()).ifPresent(days::add);
            });
            Set<Unit> units = new LinkedHashSet<>();
            added.forEach(d -> units.add(d.unit()));
            replaced.values().forEach(d -> units.add(d.unit()));
            summary.refresh(units, Period.quarterOf(days.stream().min(LocalDate::compareTo).orElseThrow()),
                    Period.quarterOf(days.stream().max(LocalDate::compareTo).orElseThrow()));
        }
        return new Outcome(read[0], valid.size(), written, valid.size() - written, errors);
    }

    private static String key(long unitId, String code) {
        return unitId + "\n" + code;
    }

    private void rollbackIfActive() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | IllegalStateException | SecurityException e) {
            LOG.log(Level.WARNING, "rollback failed", e);
        }
    }
}
