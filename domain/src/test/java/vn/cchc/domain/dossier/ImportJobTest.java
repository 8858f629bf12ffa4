package vn.cchc.domain.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.domain.shared.DomainException;

class ImportJobTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00.123Z");

    private final ImportJob job = new ImportJob("reporter", ImportFormat.CSV, NOW);

    @Test
    void shouldMoveFromQueuedThroughValidatingAndWritingToSucceeded() {
        assertThat(job.state()).isEqualTo(ImportState.QUEUED);
        job.startValidating();
        job.read(10_000);
        assertThat(job.rowsRead()).isEqualTo(10_000);
        job.startWriting(12_000, 12_000);
        job.succeed(11_000, 1_000, NOW.plusSeconds(30));
        assertThat(List.of(job.rowsRead(), job.rowsValid(), job.rowsWritten(), job.rowsSkipped())).containsExactly(12_000, 12_000, 11_000, 1_000);
        assertThat(job.state().isFinished()).isTrue();
        assertThat(job.createdAt()).isEqualTo(NOW);
        assertThat(job.finishedAt()).isEqualTo(NOW.plusSeconds(30));
    }

    @Test
    void shouldNeverGoBackOrSkipAState() {
        assertThatThrownBy(() -> job.startWriting(1, 1)).isInstanceOf(DomainException.class);
        job.startValidating();
        assertThatThrownBy(job::startValidating).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> job.succeed(1, 0, NOW)).isInstanceOf(DomainException.class);
        job.fail(1, 0, List.of(), 1, NOW);
        assertThatThrownBy(() -> job.fail(1, 0, List.of(), 1, NOW)).isInstanceOf(DomainException.class);
    }

    @Test
    void shouldEndAJobTheServerStoppedAsFailedWithOneErrorAndItsRowsReadKept() {
        job.startValidating();
        job.read(20_000);
        job.interrupt(NOW.plusSeconds(600));
        assertThat(job.state()).isEqualTo(ImportState.FAILED);
        assertThat(List.of(job.rowsRead(), job.rowsWritten(), job.rowsSkipped(), job.errorCount())).containsExactly(20_000, 0, 0, 1);
        assertThat(job.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(ImportJob.INTERRUPTED);
            assertThat(e.key()).isEqualTo("import.interrupted");
            assertThat(e.line()).isZero();
            assertThat(e.column()).isNull();
            assertThat(e.message()).contains("nothing was written").contains("import the file again");
        });
        assertThat(job.finishedAt()).isEqualTo(NOW.plusSeconds(600));
    }

    @Test
    void shouldInterruptAJobInEveryUnfinishedStateAndNoFinishedOne() {
        ImportJob queued = new ImportJob("reporter", ImportFormat.JSON, NOW);
        queued.interrupt(NOW);
        assertThat(queued.state()).isEqualTo(ImportState.FAILED);
        ImportJob writing = new ImportJob("reporter", ImportFormat.CSV, NOW);
        writing.startValidating();
        writing.startWriting(5, 5);
        writing.interrupt(NOW);
        assertThat(List.of(writing.rowsRead(), writing.rowsValid(), writing.rowsWritten())).containsExactly(5, 5, 0);
        assertThatThrownBy(() -> writing.interrupt(NOW)).isInstanceOf(DomainException.class).hasMessageContaining("already FAILED");
        job.startValidating();
        job.startWriting(3, 3);
        job.succeed(3, 0, NOW);
        assertThatThrownBy(() -> job.interrupt(NOW)).isInstanceOf(DomainException.class).hasMessageContaining("already SUCCEEDED");
        assertThat(job.errors()).isEmpty();
    }

    @Test
    void shouldKeepTheFirstThousandErrorsAndCountThemAll() {
        job.startValidating();
        List<ImportError> errors = new ArrayList<>();
        for (int line = 2; line < 1_202; line++) {
            errors.add(new ImportError(line, "dueOn", new DomainException("INVALID_DATE", "bad", "import.date", "dueOn", "x")));
        }
        job.fail(1_200, 0, errors, 1_500, NOW);
        assertThat(job.state()).isEqualTo(ImportState.FAILED);
        assertThat(job.errors()).hasSize(ImportJob.MAX_ERRORS);
        assertThat(job.errors().get(0).line()).isEqualTo(2);
        assertThat(job.errorCount()).isEqualTo(1_500);
        assertThat(job.rowsWritten()).isZero();
    }

    @Test
    void shouldBeHeldByItsServerUntilTheLeaseRunsOut() {
        job.leaseTo("server-a", NOW.plusSeconds(60));
        job.startValidating();
        assertThat(job.leaseHolder()).isEqualTo("server-a");
        assertThat(job.isAbandoned(NOW.plusSeconds(59))).isFalse();
        assertThat(job.isAbandoned(NOW.plusSeconds(60))).isTrue();
        assertThat(job.isAbandoned(NOW.plusSeconds(3_600))).isTrue();
    }

    @Test
    void shouldTakeAnUnfinishedJobWithoutALeaseForAbandonedAndAFinishedOneNever() {
        assertThat(job.isAbandoned(NOW)).isTrue();
        job.leaseTo("server-a", NOW.plusSeconds(60));
        job.startValidating();
        job.fail(1, 0, List.of(), 1, NOW.plusSeconds(1));
        assertThat(job.isAbandoned(NOW.plusSeconds(3_600))).isFalse();
        assertThatThrownBy(() -> job.leaseTo("server-b", NOW.plusSeconds(120))).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new ImportJob("reporter", ImportFormat.CSV, NOW).leaseTo(" ", NOW))
                .isInstanceOf(DomainException.class);
    }
}
