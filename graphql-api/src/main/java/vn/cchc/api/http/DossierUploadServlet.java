package vn.cchc.api.http;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.cchc.api.error.ApiException;
import vn.cchc.api.error.GraphQLErrors;
import vn.cchc.api.error.Messages;
import vn.cchc.api.error.Writes;
import vn.cchc.api.security.CurrentCaller;
import vn.cchc.application.dossier.DossierImportService;
import vn.cchc.domain.dossier.ImportFormat;
import vn.cchc.domain.dossier.ImportJob;

/**
 * {@code POST /import/dossiers} with a dossier file as the body ({@code Content-Type: text/csv} or
 * {@code application/json}, UTF-8), authenticated like {@code /graphql}: answers 202 Accepted with the import job's id
 * ({@code {"jobId": "42", "state": "QUEUED"}}); the job is followed with the {@code importJob} query. Refusals use the
 * API's error model: 401 UNAUTHENTICATED, 403 FORBIDDEN, 400 for an empty body, 413 past {@code cchc.import.max-body-bytes},
 * 415 for another content type.
 */
@WebServlet(urlPatterns = "/import/dossiers")
public class DossierUploadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DossierImportService service;

    @Inject
    transient CurrentCaller caller;

    private int maxBytes;

    @Override
    public void init() {
        maxBytes = ConfigProvider.getConfig().getValue("cchc.import.max-body-bytes", Integer.class);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale language = Messages.negotiate(request.getHeader("Accept-Language"));
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        ImportFormat format = type.startsWith("text/csv") ? ImportFormat.CSV
                : type.startsWith("application/json") ? ImportFormat.JSON : null;
        if (format == null) {
            HttpAnswers.error(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, HttpAnswers.JSON, GraphQLErrors.BAD_REQUEST,
                    "send the file as text/csv or application/json");
            return;
        }
        if (!Authentication.loggedIn(request, response)) {
            return;
        }
        Optional<byte[]> file = RequestBodies.read(request, response, maxBytes, HttpAnswers.JSON);
        if (file.isEmpty()) {
            return;
        }
        String content = new String(file.get(), StandardCharsets.UTF_8);
        try {
            ImportJob job = Writes.translated(() -> service.start(caller.get(), format, content));
            response.setHeader("Location", request.getContextPath() + "/graphql");
            HttpAnswers.write(response, HttpServletResponse.SC_ACCEPTED, HttpAnswers.JSON, Json.createObjectBuilder()
                    .add("jobId", String.valueOf(job.id())).add("state", job.state().name()).build().toString());
        } catch (ApiException refused) {
            HttpAnswers.refused(response, language, refused);
        }
    }
}
