package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Dossier imports as a client runs them: started through the mutation or the upload, then asked after until they end. */
final class Imports {

    /** Every field of a job. */
    static final String JOB = "{ id state startedBy format createdAt finishedAt rowsRead rowsValid rowsWritten rowsSkipped errorCount"
            + " errors { line column code message } }";

    private Imports() {
    }

    /** Starts an import of the file as {@code as} and waits for its job to end: the job. */
    static JsonObject run(GraphQLClient as, String format, String content) {
        String id = Writes.ok(as, "importDossiers", "ImportDossiersInput",
                Json.createObjectBuilder().add("format", format).add("content", content).build().toString(), "{ job { id } }")
                .getJsonObject("job").getString("id");
        return finished(as, id);
    }

    /** Sends the file to {@code POST /import/dossiers} of the server at {@code base}, as the user (none: anonymous). */
    static HttpResponse<String> upload(URL base, String user, String contentType, String body) {
        return GraphQLClient.sendAs(HttpRequest.newBuilder(URI.create(base.toString()).resolve("import/dossiers"))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), user);
    }

    /** The job once it has SUCCEEDED or FAILED, asked every 200 ms for at most five minutes. */
    static JsonObject finished(GraphQLClient as, String jobId) {
        Instant deadline = Instant.now().plusSeconds(300);
        while (true) {
            JsonObject job = as.data("{ importJob(id: \"" + jobId + "\") " + JOB + " }").getJsonObject("importJob");
            String state = job.getString("state");
            if (state.equals("SUCCEEDED") || state.equals("FAILED")) {
                return job;
            }
            assertThat(Instant.now()).as("job %s still %s", jobId, state).isBefore(deadline);
            pause();
        }
    }

    static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
