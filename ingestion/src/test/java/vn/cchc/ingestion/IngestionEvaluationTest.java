package vn.cchc.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.ingestion.evaluation.IngestionEvaluation;

/**
 * The evaluation command over the cases of {@code ingestion/evaluation}: it runs every case, and the seed report's
 * facts are all found and none wrongly. The other cases' numbers are measured, printed and written down in the README,
 * not asserted here.
 */
class IngestionEvaluationTest {

    @Test
    void shouldFindEveryFactOfTheSeedAndMeasureEveryCase() throws IOException {
        List<IngestionEvaluation.Result> results = new IngestionEvaluation(new FileReportReader()).evaluate(Path.of("evaluation"));

        assertThat(results).hasSizeGreaterThanOrEqualTo(6);
        IngestionEvaluation.Result seed = results.get(0);
        assertThat(seed.name()).startsWith("01-seed");
        assertThat(seed.missed()).isEmpty();
        assertThat(seed.wrong()).isEmpty();
        assertThat(seed.total().found()).isGreaterThan(150);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        IngestionEvaluation.print(results, new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("ALL CASES", "documents", "figures", "outline", "heading");
    }
}
