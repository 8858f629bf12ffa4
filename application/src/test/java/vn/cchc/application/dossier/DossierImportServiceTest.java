package vn.cchc.application.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import vn.cchc.application.security.AccessDenied;
import vn.cchc.application.security.Caller;
import vn.cchc.application.security.Role;
import vn.cchc.domain.dossier.ImportFormat;
import vn.cchc.domain.dossier.ImportJob;
import vn.cchc.domain.dossier.ImportJobAttribute;
import vn.cchc.domain.dossier.ImportJobRepository;
import vn.cchc.domain.dossier.ImportState;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.shared.Criteria;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.shared.Slice;
import vn.cchc.domain.shared.SortKey;

/**
 * Which import jobs a caller lists: the caller's own rule is added to whatever the client asks, as a whole, so that no
 * {@code or} or {@code not} reaches past it; and the jobs a stopped server left unfinished end at start-up.
 */
class DossierImportServiceTest {

    private static final Caller ADMIN = Caller.of("admin", Set.of(Role.ADMIN));
    private static final Caller HOME_AFFAIRS = Caller.of("noivu", Set.of(Role.HOME_AFFAIRS));
    private static final Caller REPORTER = Caller.reporter("reporter", "NA-SKHCN", "/NA/NA-UBND/NA-SKHCN/");
    private static final Caller ANALYST = Caller.of("analyst", Set.of(Role.ANALYST));
    private static final PageRequest PAGE = new PageRequest(0, 10);

    /** Someone else's jobs, or any failed job: what a reporter might try to reach with {@code or}. */
    private static final Condition OTHERS_OR_FAILED = Condition.or(List.of(
            Condition.not(Condition.eq(ImportJobAttribute.STARTED_BY, "reporter")),
            Condition.eq(ImportJobAttribute.STATE, ImportState.FAILED)));

    private final List<Criteria> asked = new ArrayList<>();
    private final List<Condition> counted = new ArrayList<>();
    private final List<ImportJob> stored = new ArrayList<>();
    private final DossierImportService service = new DossierImportService();

    DossierImportServiceTest() {
        service.leaseSeconds = 60;
        service.jobs = new ImportJobRepository() {
            @Override
            public void add(ImportJob job) {
                stored.add(job);
            }

            @Override
            public Optional<ImportJob> find(long id) {
                return Optional.empty();
            }

            @Override
            public Slice<ImportJob> find(Criteria criteria, PageRequest page) {
                asked.add(criteria);
                return new Slice<>(List.of(), page.offset(), false);
            }

            @Override
            public long count(Condition condition) {
                counted.add(condition);
                return 0;
            }

            @Override
            public void change(long id, Consumer<ImportJob> change) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void changeInTransaction(long id, Consumer<ImportJob> change) {
                throw new UnsupportedOperationException();
            }

            @Override
            public int renewLeases(String holder, Instant until) {
                throw new UnsupportedOperationException();
            }

            @Override
            public int changeUnfinished(Consumer<ImportJob> change) {
                List<ImportJob> unfinished = stored.stream().filter(j -> !j.state().isFinished()).toList();
                unfinished.forEach(change);
                return unfinished.size();
            }
        };
    }

    @Test
    void shouldAddTheReportersOwnJobsToTheWholeConditionAndKeepTheOrder() {
        Criteria criteria = Criteria.where(OTHERS_OR_FAILED).orderBy(SortKey.desc(ImportJobAttribute.ERROR_COUNT));
        service.jobs(REPORTER, criteria, PAGE);
        service.countJobs(REPORTER, OTHERS_OR_FAILED);
        Condition own = Condition.eq(ImportJobAttribute.STARTED_BY, "reporter");
        assertThat(asked).containsExactly(new Criteria(new Condition.All(List.of(OTHERS_OR_FAILED, own)),
                List.of(SortKey.desc(ImportJobAttribute.ERROR_COUNT))));
        assertThat(counted).containsExactly(new Condition.All(List.of(OTHERS_OR_FAILED, own)));
    }

    @Test
    void shouldLetAdminsAndHomeAffairsListEveryJobAsAsked() {
        Criteria criteria = Criteria.where(OTHERS_OR_FAILED);
        service.jobs(ADMIN, criteria, PAGE);
        service.jobs(HOME_AFFAIRS, criteria, PAGE);
        service.countJobs(HOME_AFFAIRS, Condition.TRUE);
        assertThat(asked).containsExactly(criteria, criteria);
        assertThat(counted).containsExactly(Condition.TRUE);
    }

    @Test
    void shouldListOnlyTheAnalystsOwnJobsAndNothingForAnonymousCallers() {
        service.jobs(ANALYST, Criteria.all(), PAGE);
        assertThat(asked).containsExactly(Criteria.where(Condition.eq(ImportJobAttribute.STARTED_BY, "analyst")));
        assertThatThrownBy(() -> service.jobs(Caller.anonymous(), Criteria.all(), PAGE)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> service.countJobs(Caller.anonymous(), Condition.TRUE)).isInstanceOf(AccessDenied.class);
        assertThat(counted).isEmpty();
    }

    @Test
    void shouldFailTheJobsLeftUnfinishedAtStartUp() {
        ImportJob queued = new ImportJob("reporter", ImportFormat.CSV, Instant.parse("2026-03-01T08:00:00Z"));
        ImportJob validating = new ImportJob("admin", ImportFormat.JSON, Instant.parse("2026-03-01T08:01:00Z"));
        validating.startValidating();
        ImportJob done = new ImportJob("admin", ImportFormat.CSV, Instant.parse("2026-03-01T07:00:00Z"));
        done.startValidating();
        done.fail(2, 1, List.of(), 1, Instant.parse("2026-03-01T07:01:00Z"));
        stored.addAll(List.of(queued, validating, done));
        service.failInterrupted(new Object());
        assertThat(stored).extracting(ImportJob::state).containsOnly(ImportState.FAILED);
        assertThat(List.of(queued, validating)).allSatisfy(j -> assertThat(j.errors()).extracting(e -> e.code())
                .containsExactly(ImportJob.INTERRUPTED));
        assertThat(done.errors()).isEmpty();
        assertThat(done.finishedAt()).isEqualTo(Instant.parse("2026-03-01T07:01:00Z"));
    }

    @Test
    void shouldLeaveTheJobsALiveServerHoldsAtStartUp() {
        ImportJob running = new ImportJob("reporter", ImportFormat.CSV, Instant.now());
        running.leaseTo("another-server", Instant.now().plusSeconds(60));
        running.startValidating();
        ImportJob lost = new ImportJob("reporter", ImportFormat.CSV, Instant.now().minusSeconds(600));
        lost.leaseTo("a-dead-server", Instant.now().minusSeconds(1));
        stored.addAll(List.of(running, lost));
        service.failInterrupted(new Object());
        assertThat(running.state()).isEqualTo(ImportState.VALIDATING);
        assertThat(lost.state()).isEqualTo(ImportState.FAILED);
        assertThat(lost.errors()).extracting(e -> e.code()).containsExactly(ImportJob.INTERRUPTED);
    }
}
