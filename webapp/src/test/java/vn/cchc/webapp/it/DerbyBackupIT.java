package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.cchc.persistence.backup.DerbyRestore;

/**
 * The online backup of the server's embedded Derby database (Derby pass only): admin alone may ask, everyone else is
 * refused before anything is written; the backup restored offline, here in the test's JVM as
 * {@code tools/backup/derby-restore.sh} does, holds the seed's facts and what was written before the backup, not after.
 */
class DerbyBackupIT extends DeployedApplication {

    private static final String MARK = "Sao lưu kiểm thử";

    @Test
    void shouldBackUpForTheAdminAloneAndRestoreTheSeedAndWhatWasWrittenBefore() throws IOException, SQLException {
        Instant start = Instant.now().minusSeconds(1);
        GraphQLClient reporter = client.as(GraphQLClient.REPORTER);
        Writes.draft(reporter, "NA-SKHCN-MC", 2019, 3, MARK + " trước khi sao lưu");

        HttpResponse<String> anonymous = Backups.request(base, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(Backups.refusal(anonymous)).isEqualTo("UNAUTHENTICATED");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isPresent();
        for (String user : List.of(GraphQLClient.REPORTER, GraphQLClient.ANALYST, GraphQLClient.HOME_AFFAIRS)) {
            HttpResponse<String> refused = Backups.request(base, user);
            assertThat(refused.statusCode()).as(user).isEqualTo(403);
            assertThat(Backups.refusal(refused)).as(user).isEqualTo("FORBIDDEN");
        }

        HttpResponse<String> answer = Backups.request(base, GraphQLClient.ADMIN);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonObject backup = GraphQLClient.json(answer);
        Path folder = Path.of(backup.getString("folder"));
        Path database = Path.of(backup.getString("database"));
        Writes.draft(reporter, "NA-SKHCN-MC", 2019, 4, MARK + " sau khi sao lưu");

        // below the server's own folder by default, one dated folder per backup, the database's copy in it
        assertThat(folder.getParent().getFileName()).hasToString("backups");
        assertThat(folder.getFileName().toString()).matches("\\d{8}-\\d{6}-\\d{3}Z(-\\d+)?");
        assertThat(database.getParent()).isEqualTo(folder);
        assertThat(database.resolve("service.properties")).isRegularFile();
        // the refused requests made nothing: this test's one backup is the only folder since it started
        try (Stream<Path> folders = Files.list(folder.getParent())) {
            assertThat(folders.filter(f -> modifiedSince(f, start))).containsExactly(folder);
        }

        Path restored = Path.of("target/backup-it/derby-" + folder.getFileName()).toAbsolutePath();
        assertThat(DerbyRestore.restore(folder, restored)).isEqualTo(database);
        try (Connection connection = DriverManager.getConnection("jdbc:derby:" + restored)) {
            assertThat(Backups.plans(connection)).containsExactlyInAnyOrderElementsOf(Backups.PLANS);
            assertThat(Backups.decision(connection)).containsExactly(Backups.DECISION);
            assertThat(Backups.reportTitles(connection, MARK)).containsExactly(MARK + " trước khi sao lưu");
        } finally {
            shutDown(restored);
        }
    }

    private static boolean modifiedSince(Path folder, Instant start) {
        try {
            return Files.getLastModifiedTime(folder).toInstant().isAfter(start);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void shutDown(Path database) {
        try {
            DriverManager.getConnection("jdbc:derby:" + database + ";shutdown=true").close();
        } catch (SQLException expected) {
            // 08006: shut down
        }
    }
}
