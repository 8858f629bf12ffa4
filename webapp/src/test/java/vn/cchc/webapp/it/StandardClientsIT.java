package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The API through the standard GraphQL clients of the npm registry (tools/clients, installed and built by the build):
 * Apollo Client and urql run representative queries of every part of it, the dashboard's own queries run as the typed
 * documents GraphQL Code Generator made from the committed schema, Apollo's persisted-queries link sends hashes by GET
 * (the pages' trusted documents known at once, another registered on the server's asking), a write with a stale version
 * answers CONFLICT and changes nothing, and graphql-http audits the endpoint against GraphQL over HTTP. One run of run.mjs, in one Node
 * process, answers all the tests; each reads the lines of its suite.
 */
class StandardClientsIT extends DeployedApplication {

    /** Far more than the few seconds a run takes; run.mjs stops itself before this. */
    private static final long RUN_TIMEOUT_MINUTES = 5;

    /** What run.mjs printed: one JSON object per check, and whatever else it wrote, for the failure messages. */
    private record Run(int exitCode, List<JsonObject> checks, String output, String errors) {

        String explained() {
            return "run.mjs exited with " + exitCode + "\n--- output\n" + output + "\n--- errors\n" + errors;
        }
    }

    /** The one run of the class, made when a test first needs it. */
    private static Run run;

    private static synchronized Run run(URL base) throws IOException, InterruptedException {
        if (run == null) {
            run = start(base);
        }
        return run;
    }

    private static Run start(URL base) throws IOException, InterruptedException {
        Path clients = Path.of(System.getProperty("cchc.clients.dir"));
        // into files, so that neither stream can fill up and block the process while the other is read
        Path output = Files.createTempFile("cchc-clients", ".out");
        Path errors = Files.createTempFile("cchc-clients", ".err");
        Process node = new ProcessBuilder("node", clients.resolve("run.mjs").toString(), base.toString())
                .directory(clients.toFile())
                .redirectOutput(output.toFile())
                .redirectError(errors.toFile())
                .start();
        if (!node.waitFor(RUN_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            node.destroyForcibly().waitFor();
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        List<JsonObject> checks = new ArrayList<>();
        for (String line : printed.split("\n")) {
            if (line.startsWith("{")) {
                try {
                    checks.add(Json.createReader(new StringReader(line)).readObject());
                } catch (JsonException notACheck) {
                    // kept in the output the failure messages show
                }
            }
        }
        return new Run(node.exitValue(), List.copyOf(checks), printed, Files.readString(errors, StandardCharsets.UTF_8));
    }

    /** The suite ran, and every one of its checks passed; a failure names each failed check with its error. */
    private void assertSuitePassed(String suite) throws Exception {
        Run answer = run(base);
        List<JsonObject> lines = answer.checks().stream().filter(c -> suite.equals(c.getString("suite", null))).toList();
        assertThat(lines).withFailMessage("no %s checks: %s", suite, answer.explained()).isNotEmpty();
        List<String> failed = lines.stream().filter(c -> !c.getBoolean("ok", false))
                .map(c -> c.getString("check", "?") + ": " + c.getString("error", c.toString()))
                .toList();
        assertThat(failed).withFailMessage("%d of the %d %s checks failed:%n%s", failed.size(), lines.size(), suite,
                String.join("\n", failed)).isEmpty();
    }

    @Test
    void shouldAnswerApolloClientWithANormalisedCache() throws Exception {
        assertSuitePassed("apollo");
    }

    @Test
    void shouldAnswerUrqlWithItsDefaultSettings() throws Exception {
        assertSuitePassed("urql");
    }

    @Test
    void shouldAnswerTheDashboardsQueriesTypedFromTheSchema() throws Exception {
        assertSuitePassed("generated");
    }

    @Test
    void shouldAnswerApollosPersistedQueriesByGetWithTheHashAlone() throws Exception {
        assertSuitePassed("persisted");
    }

    @Test
    void shouldRefuseAStaleVersionWithConflictAndChangeNothing() throws Exception {
        assertSuitePassed("conflict");
    }

    @Test
    void shouldPassTheGraphQLOverHttpAuditWithoutErrorsOrWarnings() throws Exception {
        assertSuitePassed("audit");
    }
}
