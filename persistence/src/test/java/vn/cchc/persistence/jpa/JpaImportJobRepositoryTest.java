package vn.cchc.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cchc.domain.dossier.ImportError;
import vn.cchc.domain.dossier.ImportFormat;
import vn.cchc.domain.dossier.ImportJob;
import vn.cchc.domain.dossier.ImportJobAttribute;
import vn.cchc.domain.dossier.ImportState;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.shared.Criteria;
import vn.cchc.domain.shared.DomainException;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.shared.Slice;
import vn.cchc.domain.shared.SortKey;

/**
 * Import jobs on a real Derby: listed newest first or in any order with ties by id, filtered like every list, a page's
 * errors read in one statement, and the jobs a stopped server left unfinished ended at start-up. Each test has a
 * database of its own.
 */
class JpaImportJobRepositoryTest {

    private static final Instant DAY_ONE = Instant.parse("2026-01-01T08:00:00Z");
    private static final Instant DAY_TWO = Instant.parse("2026-01-02T07:00:00Z");
    private static final PageRequest ALL = new PageRequest(0, 100);

    private DerbyDatabase db;
    /** The jobs stored, oldest first: failed, succeeded, validating, queued, writing, failed. */
    private final List<Long> ids = new ArrayList<>();

    @BeforeEach
    void store() {
        db = new DerbyDatabase();
        job("reporter", ImportFormat.CSV, DAY_ONE, j -> {
            j.startValidating();
            j.fail(3, 1, List.of(error(2), error(3)), 2, DAY_ONE.plusSeconds(60));
        });
        job("admin", ImportFormat.JSON, DAY_ONE.plusSeconds(3_600), j -> {
            j.startValidating();
            j.startWriting(10, 10);
            j.succeed(10, 0, DAY_TWO.plusSeconds(60)); // finished on the next day
        });
        job("reporter", ImportFormat.JSON, DAY_TWO, j -> {
            j.startValidating();
            j.read(10_000);
        });
        job("admin", ImportFormat.CSV, DAY_TWO.plusSeconds(60), j -> {
        });
        job("reporter", ImportFormat.CSV, DAY_TWO.plusSeconds(120), j -> {
            j.startValidating();
            j.startWriting(7, 7);
        });
        job("admin", ImportFormat.CSV, DAY_TWO.plusSeconds(180), j -> {
            j.startValidating();
            j.fail(1, 0, List.of(error(1)), 1, DAY_TWO.plusSeconds(181));
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void job(String user, ImportFormat format, Instant created, Consumer<ImportJob> life) {
        ids.add(db.inTransaction(em -> {
            ImportJob job = new ImportJob(user, format, created);
            new JpaImportJobRepository(em).add(job);
            life.accept(job);
            return job.id();
        }));
    }

    private static ImportError error(int line) {
        return new ImportError(line, "dueOn", new DomainException("INVALID_DATE", "bad day", "import.date", "dueOn", "x"));
    }

    private Slice<ImportJob> find(Criteria criteria, PageRequest page) {
        return db.inTransaction(em -> new JpaImportJobRepository(em).find(criteria, page));
    }

    /** The positions (0 the oldest) of the jobs found. */
    private List<Integer> found(Criteria criteria) {
        return find(criteria, ALL).items().stream().map(j -> ids.indexOf(j.id())).toList();
    }

    private long count(Condition condition) {
        return db.inTransaction(em -> new JpaImportJobRepository(em).count(condition));
    }

    @Test
    void shouldListNewestFirstInPagesWithTheirErrors() {
        Slice<ImportJob> first = find(Criteria.all(), new PageRequest(0, 4));
        assertThat(first.items()).extracting(j -> ids.indexOf(j.id())).containsExactly(5, 4, 3, 2);
        assertThat(first.hasNext()).isTrue();
        Slice<ImportJob> second = find(Criteria.all(), new PageRequest(4, 4));
        assertThat(second.items()).extracting(j -> ids.indexOf(j.id())).containsExactly(1, 0);
        assertThat(second.hasNext()).isFalse();
        // read after the transaction ended: the errors came with the page
        assertThat(second.items().get(1).errors()).extracting(ImportError::line).containsExactly(2, 3);
        assertThat(second.items().get(1).errors().get(0).args()).containsExactly("dueOn", "x");
        assertThat(second.items().get(0).errors()).isEmpty();
    }

    @Test
    void shouldFilterByStateFormatUserDaysAndCounts() {
        assertThat(found(Criteria.where(new Condition.OneOf(ImportJobAttribute.STATE, List.of(ImportState.QUEUED, ImportState.WRITING)))))
                .containsExactly(4, 3);
        assertThat(found(Criteria.where(Condition.and(Condition.eq(ImportJobAttribute.FORMAT, ImportFormat.CSV),
                Condition.eq(ImportJobAttribute.STARTED_BY, "reporter"))))).containsExactly(4, 0);
        assertThat(found(Criteria.where(Condition.eq(ImportJobAttribute.CREATED_ON, LocalDate.of(2026, 1, 1))))).containsExactly(1, 0);
        assertThat(found(Criteria.where(Condition.eq(ImportJobAttribute.FINISHED_ON, LocalDate.of(2026, 1, 2))))).containsExactly(5, 1);
        assertThat(found(Criteria.where(new Condition.IsNull(ImportJobAttribute.FINISHED_ON, true)))).containsExactly(4, 3, 2);
        assertThat(found(Criteria.where(Condition.not(new Condition.Compare(ImportJobAttribute.FINISHED_ON, Condition.Operator.GTE,
                LocalDate.of(2026, 1, 2)))))).as("not: the exact complement, running jobs included").containsExactly(4, 3, 2, 0);
        assertThat(found(Criteria.where(new Condition.Compare(ImportJobAttribute.ROWS_READ, Condition.Operator.GTE, 7))))
                .containsExactly(4, 2, 1);
        assertThat(found(Criteria.where(new Condition.Compare(ImportJobAttribute.ERROR_COUNT, Condition.Operator.GT, 0))))
                .containsExactly(5, 0);
        assertThat(found(Criteria.where(new Condition.Compare(ImportJobAttribute.CREATED_AT, Condition.Operator.LT,
                LocalDateTime.of(2026, 1, 2, 7, 1))))).containsExactly(2, 1, 0);
        assertThat(count(Condition.eq(ImportJobAttribute.STARTED_BY, "admin"))).isEqualTo(3);
        assertThat(count(Condition.TRUE)).isEqualTo(6);
    }

    @Test
    void shouldOrderByAnyKeyInEitherDirectionWithTiesByIdAndUnfinishedJobsLast() {
        assertThat(found(Criteria.all().orderBy(SortKey.asc(ImportJobAttribute.CREATED_AT)))).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(found(Criteria.all().orderBy(SortKey.desc(ImportJobAttribute.ERROR_COUNT)))).containsExactly(0, 5, 1, 2, 3, 4);
        assertThat(found(Criteria.all().orderBy(SortKey.asc(ImportJobAttribute.FORMAT), SortKey.desc(ImportJobAttribute.STARTED_BY))))
                .containsExactly(0, 4, 3, 5, 2, 1);
        assertThat(found(Criteria.all().orderBy(SortKey.desc(ImportJobAttribute.FINISHED_AT)))).containsExactly(5, 1, 0, 2, 3, 4);
    }

    @Test
    void shouldReadTheErrorsOfAWholePageInOneStatement() {
        int oneJob = statements(() -> find(Criteria.where(Condition.eq(ImportJobAttribute.STATE, ImportState.FAILED)),
                new PageRequest(0, 1)));
        int allJobs = statements(() -> find(Criteria.all(), ALL));
        assertThat(allJobs).as("the page, then the errors of all its jobs").isEqualTo(oneJob).isEqualTo(2);
    }

    /** The SQL statements EclipseLink sent to the database while the work ran. */
    private int statements(Runnable work) {
        int[] sent = {0};
        SessionEventAdapter counter = new SessionEventAdapter() {
            @Override
            public void postExecuteCall(SessionEvent event) {
                sent[0]++;
            }
        };
        Server server = db.session();
        server.getEventManager().addListener(counter);
        try {
            work.run();
        } finally {
            server.getEventManager().removeListener(counter);
        }
        return sent[0];
    }

    @Test
    void shouldEndEveryUnfinishedJobAtOnceAndLeaveTheFinishedOnes() {
        Instant restart = DAY_TWO.plusSeconds(7_200);
        int interrupted = db.inTransaction(em -> new JpaImportJobRepository(em).changeUnfinished(j -> j.interrupt(restart)));
        assertThat(interrupted).isEqualTo(3);
        List<ImportJob> jobs = find(Criteria.all().orderBy(SortKey.asc(ImportJobAttribute.CREATED_AT)), ALL).items();
        assertThat(jobs).extracting(ImportJob::state).containsOnly(ImportState.FAILED, ImportState.SUCCEEDED);
        assertThat(jobs.subList(2, 5)).allSatisfy(j -> {
            assertThat(j.errors()).extracting(ImportError::code).containsExactly(ImportJob.INTERRUPTED);
            assertThat(j.errorCount()).isEqualTo(1);
            assertThat(j.finishedAt()).isEqualTo(restart);
        });
        assertThat(jobs.get(2).rowsRead()).isEqualTo(10_000);
        assertThat(jobs.get(0).errors()).extracting(ImportError::line).containsExactly(2, 3);
        assertThat(jobs.get(5).finishedAt()).isEqualTo(DAY_TWO.plusSeconds(181));
        assertThat(found(Criteria.where(Condition.eq(ImportJobAttribute.FINISHED_ON, LocalDate.of(2026, 1, 2))))).hasSize(5);
        int again = db.inTransaction(em -> new JpaImportJobRepository(em).changeUnfinished(j -> j.interrupt(restart)));
        assertThat(again).isZero();
    }

    @Test
    void shouldRenewTheLeasesOfTheHoldersUnfinishedJobsOnly() {
        Instant start = DAY_TWO.plusSeconds(7_200);
        long mine = db.inTransaction(em -> {
            ImportJob job = new ImportJob("reporter", ImportFormat.CSV, start);
            job.leaseTo("server-a", start.plusSeconds(60));
            new JpaImportJobRepository(em).add(job);
            ImportJob other = new ImportJob("reporter", ImportFormat.CSV, start);
            other.leaseTo("server-b", start.plusSeconds(60));
            new JpaImportJobRepository(em).add(other);
            return job.id();
        });
        int renewed = db.inTransaction(em -> new JpaImportJobRepository(em).renewLeases("server-a", start.plusSeconds(600)));
        assertThat(renewed).isEqualTo(1);
        Condition startedThen = Condition.eq(ImportJobAttribute.CREATED_AT, LocalDateTime.ofInstant(start, ZoneOffset.UTC));
        List<ImportJob> held = find(Criteria.where(startedThen), ALL).items();
        assertThat(held).hasSize(2).allSatisfy(j -> assertThat(j.isAbandoned(start.plusSeconds(120)))
                .isEqualTo(j.id() != mine));
        assertThat(held).filteredOn(j -> j.id() == mine).singleElement()
                .satisfies(j -> assertThat(j.isAbandoned(start.plusSeconds(600))).isTrue());
    }

    /** A renewal between a job's read and its commit (the import's last step) leaves the job's own change to commit. */
    @Test
    void shouldLeaveAJobsOwnChangeToCommitWhenItsLeaseIsRenewedMeanwhile() {
        Instant start = DAY_TWO.plusSeconds(10_800);
        long id = db.inTransaction(em -> {
            ImportJob job = new ImportJob("reporter", ImportFormat.CSV, start);
            job.leaseTo("server-c", start.plusSeconds(60));
            new JpaImportJobRepository(em).add(job);
            return job.id();
        });
        db.inTransaction(em -> {
            new JpaImportJobRepository(em).changeInTransaction(id, ImportJob::startValidating);
            int renewed = db.inTransaction(other -> new JpaImportJobRepository(other).renewLeases("server-c", start.plusSeconds(600)));
            assertThat(renewed).isEqualTo(1);
            return null;
        });
        ImportJob job = db.inTransaction(em -> em.find(ImportJob.class, id));
        assertThat(job.state()).isEqualTo(ImportState.VALIDATING);
        assertThat(job.isAbandoned(start.plusSeconds(120))).as("renewed").isFalse();
    }
}
