package vn.cchc.api.http;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.cchc.api.error.ApiException;
import vn.cchc.api.error.Messages;
import vn.cchc.api.error.Writes;
import vn.cchc.api.security.CurrentCaller;
import vn.cchc.application.ingestion.IngestionCommands.Upload;
import vn.cchc.application.ingestion.IngestionService;
import vn.cchc.domain.ingestion.ReportIngestion;
import vn.cchc.domain.ingestion.SourceFormat;

/**
 * {@code POST /ingest/reports?unitCode=NA-SKHCN[&charset=windows-1258]} with a report file as the body, whatever its
 * content type (the content decides the format), its name in {@code Content-Disposition: attachment; filename*=…} or
 * {@code ?fileName=}: answers 201 Created with the ingestion's id and the count of facts proposed; the proposal is then
 * read with the {@code reportIngestion} query. {@code GET /ingest/reports/{id}/file} gives the original file back, byte
 * for byte. Authenticated like {@code /graphql}; refusals in the API's error model: 401, 403, 400 for a file that cannot
 * be read (each reason its code: FILE_EMPTY, FILE_UNSUPPORTED_FORMAT, FILE_SCANNED_IMAGE …), 413 past
 * {@code cchc.ingest.max-body-bytes}, and nothing written.
 */
@WebServlet(urlPatterns = "/ingest/reports/*")
public class ReportUploadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern FILE = Pattern.compile("^/(\\d+)/file$");
    private static final Pattern FILENAME = Pattern.compile("filename\\*=UTF-8''([^;]+)|filename=\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);

    @Inject
    transient IngestionService service;

    @Inject
    transient CurrentCaller caller;

    private int maxBytes;

    @Override
    public void init() {
        maxBytes = ConfigProvider.getConfig().getValue("cchc.ingest.max-body-bytes", Integer.class);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getPathInfo() != null && !request.getPathInfo().equals("/")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND); // the application's error page, in the asked type
            return;
        }
        Locale language = Messages.negotiate(request.getHeader("Accept-Language"));
        if (!Authentication.loggedIn(request, response)) {
            return;
        }
        Optional<byte[]> file = RequestBodies.read(request, response, maxBytes, HttpAnswers.JSON);
        if (file.isEmpty()) {
            return;
        }
        Upload upload = new Upload(request.getParameter("unitCode"), fileName(request), file.get(), request.getParameter("charset"));
        try {
            ReportIngestion ingestion = Writes.translated(() -> service.ingest(caller.get(), upload));
            response.setHeader("Location", request.getContextPath() + "/ingest/reports/" + ingestion.id() + "/file");
            HttpAnswers.write(response, HttpServletResponse.SC_CREATED, HttpAnswers.JSON, Json.createObjectBuilder()
                    .add("ingestionId", String.valueOf(ingestion.id())).add("format", ingestion.format().name())
                    .add("facts", ingestion.facts().size()).build().toString());
        } catch (ApiException refused) {
            HttpAnswers.refused(response, language, refused);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = FILE.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Locale language = Messages.negotiate(request.getHeader("Accept-Language"));
        if (!Authentication.loggedIn(request, response)) {
            return;
        }
        try {
            ReportIngestion ingestion = Writes.translated(() -> service.find(caller.get(), Long.parseLong(path.group(1))));
            byte[] content = ingestion.content();
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(mediaType(ingestion.format()));
            response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                    + URLEncoder.encode(ingestion.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
            response.setHeader("Cache-Control", "private, no-store");
            response.setContentLength(content.length);
            response.getOutputStream().write(content);
        } catch (ApiException refused) {
            HttpAnswers.refused(response, language, refused);
        }
    }

    private static String fileName(HttpServletRequest request) {
        String disposition = request.getHeader("Content-Disposition");
        if (disposition != null) {
            Matcher m = FILENAME.matcher(disposition);
            if (m.find()) {
                return m.group(1) != null ? URLDecoder.decode(m.group(1), StandardCharsets.UTF_8) : m.group(2);
            }
        }
        return request.getParameter("fileName");
    }

    private static String mediaType(SourceFormat format) {
        return switch (format) {
            case DOCX -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case DOC -> "application/msword";
            case PDF -> "application/pdf";
            case TEXT -> "text/plain";
        };
    }
}
