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
}
