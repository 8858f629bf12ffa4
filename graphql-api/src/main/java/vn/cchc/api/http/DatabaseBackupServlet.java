package vn.cchc.api.http;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.cchc.api.error.ApiException;
import vn.cchc.api.error.Messages;
import vn.cchc.api.error.Writes;
import vn.cchc.api.security.CurrentCaller;
import vn.cchc.application.backup.BackupService;

/**
 * {@code POST /admin/backup}, no body, admin only, authenticated like {@code /graphql}: an online backup of the
 * embedded Derby database into a new dated folder below {@code cchc.backup.dir}, answered 200 with where it is
 * ({@code {"folder": ".../20261202-041500-123Z", "database": ".../20261202-041500-123Z/cchc"}}), the folder
 * {@code tools/backup/derby-restore.sh} restores from. Refusals use the API's error model: 401 UNAUTHENTICATED,
 * 403 FORBIDDEN (both before anything is done), 409 BACKUP_NOT_SUPPORTED on PostgreSQL, whose backups pg_dump makes.
 */
@WebServlet(urlPatterns = "/admin/backup")
public class DatabaseBackupServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BackupService service;

    @Inject
    transient CurrentCaller caller;

    private Path backups;

    @Override
    public void init() {
        // server.xml's variable (default ${server.output.dir}/backups, CCHC_BACKUP_DIR); else Liberty's working
        // directory, the server's output folder
        backups = Path.of(ConfigProvider.getConfig().getOptionalValue("cchc.backup.dir", String.class).orElse("backups"));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale language = Messages.negotiate(request.getHeader("Accept-Language"));
        if (!Authentication.loggedIn(request, response)) {
            return;
        }
        try {
            Path copy = Writes.translated(() -> service.backUp(caller.get(), backups));
            HttpAnswers.write(response, HttpServletResponse.SC_OK, HttpAnswers.JSON, Json.createObjectBuilder()
                    .add("folder", copy.getParent().toString()).add("database", copy.toString()).build().toString());
        } catch (ApiException refused) {
            HttpAnswers.refused(response, language, refused);
        }
    }
}
