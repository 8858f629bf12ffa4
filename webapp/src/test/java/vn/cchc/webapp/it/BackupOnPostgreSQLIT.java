package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Backup and restore of the PostgreSQL database (PostgreSQL pass only) with the scripts operators run: the server
 * refuses its own backup and names pg_dump; {@code tools/backup/postgresql-backup.sh} dumps the running database,
 * {@code postgresql-restore.sh --create} restores it into a new one, and the second test server, started on the
 * restored database with the sample loaders off, answers the seed's facts and what was written before the dump, not
 * after, through the API.
 */
class BackupOnPostgreSQLIT extends DeployedApplication {

    private static final String MARK = "Sao lưu PostgreSQL kiểm thử";
    private static final String RESTORED = "cchc_restored";

    /** The test cluster, as {@code host:port}, from its JDBC URL. */
    private final URI cluster = URI.create(TestCluster.url().substring("jdbc:".length()));
    private final String port = String.valueOf(cluster.getPort());
    private final Path tools = Path.of(System.getProperty("cchc.it.tools"));

    @Test
    void shouldRefuseTheServersOwnBackupAndNamePgDump() {
        HttpResponse<String> answer = Backups.request(base, GraphQLClient.ADMIN);
        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(Backups.refusal(answer)).isEqualTo("BACKUP_NOT_SUPPORTED");
        assertThat(answer.body()).contains("pg_dump");
        // the rights first, whatever the database
        assertThat(Backups.request(base, GraphQLClient.ANALYST).statusCode()).isEqualTo(403);
        assertThat(Backups.request(base, null).statusCode()).isEqualTo(401);
    }

    @Test
    void shouldRestoreADumpIntoANewDatabaseThatAServerAnswersTheSeedFrom() throws Exception {
        GraphQLClient reporter = client.as(GraphQLClient.REPORTER);
        String before = Writes.draft(reporter, "NA-SKHCN-MC", 2019, 1, MARK + " trước khi sao lưu").getJsonObject("report").getString("id");
        Path dump = Files.createDirectories(Path.of("target/backup-it").toAbsolutePath()).resolve("cchc-" + System.nanoTime() + ".dump");
        run(tools.resolve("backup/postgresql-backup.sh").toString(), "postgresql://cchc@" + cluster.getHost() + ":" + port + "/cchc",
                dump.toString());
        String after = Writes.draft(reporter, "NA-SKHCN-MC", 2019, 2, MARK + " sau khi sao lưu").getJsonObject("report").getString("id");

        run(bin("dropdb"), "-h", cluster.getHost(), "-p", port, "-U", "cchc", "--if-exists", RESTORED);
        run(tools.resolve("backup/postgresql-restore.sh").toString(), "--create", "-h", cluster.getHost(), "-p", port, "-U", "cchc",
                dump.toString(), RESTORED);
        String url = "jdbc:postgresql://" + cluster.getHost() + ":" + port + "/" + RESTORED;
        try (Connection connection = DriverManager.getConnection(url, "cchc", "")) {
            assertThat(Backups.plans(connection)).containsExactlyInAnyOrderElementsOf(Backups.PLANS);
        }

        SecondServer restored = new SecondServer();
        // nothing loaded at start-up: what it answers is the restored database's
        restored.start(Map.of("cchc.db.url", url,
                "cchc.sample-data.enabled", "false", "cchc.demo-data.enabled", "false"));
        try {
            GraphQLClient api = new GraphQLClient(restored.base());
            JsonObject plans = api.data("""
                    { documents(filter: {issuer: {code: {eq: "NA-SKHCN"}}, kind: {eq: PLAN}}) {
                        nodes { number issuedOn planYear planType } } }""");
            assertThat(plans.getJsonObject("documents").getJsonArray("nodes").getValuesAs(JsonObject.class))
                    .extracting(p -> p.getString("number") + " " + p.getString("issuedOn") + " " + p.getInt("planYear") + " "
                            + p.getString("planType"))
                    .containsExactlyInAnyOrderElementsOf(Backups.PLANS);
            JsonObject decision = api.data("""
                    { document(number: "01/2022/QĐ-UBND") { kind issuedOn issuer { name } drafter { code } } }""")
                    .getJsonObject("document");
            assertThat(decision.getString("kind") + " " + decision.getString("issuedOn") + " "
                    + decision.getJsonObject("issuer").getString("name") + " " + decision.getJsonObject("drafter").getString("code"))
                    .isEqualTo(Backups.DECISION);
            String report = "{ report(id: \"%s\") { title } }";
            GraphQLClient admin = api.as(GraphQLClient.ADMIN);
            assertThat(admin.data(report.formatted(before)).getJsonObject("report").getString("title")).isEqualTo(MARK + " trước khi sao lưu");
            assertThat(admin.data(report.formatted(after)).isNull("report")).as("written after the dump").isTrue();
            // and the server Arquillian runs on the original still has both
            assertThat(client.as(GraphQLClient.ADMIN).data(report.formatted(after)).getJsonObject("report").getString("title"))
                    .isEqualTo(MARK + " sau khi sao lưu");
        } finally {
            restored.stop();
        }
    }

    /** A client program of the newest PostgreSQL installed, as tools/postgresql/cluster.sh picks it. */
    private static String bin(String program) throws IOException {
        try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())))
                    .orElseThrow().resolve("bin").resolve(program).toString();
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("%s still running", command[0]).isTrue();
        assertThat(process.exitValue()).as("%s answered: %s", String.join(" ", command), output).isZero();
        System.out.println(output.strip());
    }
}
