package vn.cchc.persistence.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.domain.backup.BackupNotSupported;
import vn.cchc.persistence.migration.SchemaMigrations;

/**
 * The online backup of a real Derby database on disk while it is in use, and the restore from it into a new path: the
 * restored database holds what was committed when the backup ran, and nothing written or committed after it.
 */
class DerbyBackupTest {

    /** Flyway says what it did for every database; kept here, else the logger is collected with its level. */
    private static final Logger FLYWAY = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY.setLevel(Level.SEVERE);
    }

    @TempDir
    Path folder;

    private final List<String> booted = new ArrayList<>();

    @AfterEach
    void shutDown() {
        for (String path : booted) {
            try {
                DriverManager.getConnection("jdbc:derby:" + path + ";shutdown=true").close();
            } catch (SQLException expected) {
                // 08006 once shut down, XJ004 if it was not booted
            }
        }
    }

    private String database(String name) {
        String path = folder.resolve(name).toString();
        booted.add(path);
        return path;
    }

    @Test
    void shouldRestoreWhatWasCommittedWhenTheBackupRanAndNothingLater() throws SQLException {
        String original = database("data/cchc");
        SchemaMigrations.migrate("jdbc:derby:" + original + ";create=true", null, null);
        Path copy;
        try (Connection serving = DriverManager.getConnection("jdbc:derby:" + original);
             Connection pending = DriverManager.getConnection("jdbc:derby:" + original)) {
            insertUnit(serving, 1, "NA", "Tỉnh Nghệ An");
            // a transaction still open while the backup runs: its row is not part of the copy
            pending.setAutoCommit(false);
            insertUnit(pending, 2, "NA-PENDING", "Đơn vị chưa ghi xong");

            copy = DerbyBackup.backUp(serving, folder.resolve("backups/20261202-041500-123Z"));

            insertUnit(serving, 3, "NA-LATER", "Đơn vị ghi sau khi sao lưu");
            pending.commit();
            assertThat(units(serving)).containsExactly("NA Tỉnh Nghệ An", "NA-LATER Đơn vị ghi sau khi sao lưu",
                    "NA-PENDING Đơn vị chưa ghi xong");
        }
        assertThat(copy).isEqualTo(folder.resolve("backups/20261202-041500-123Z/cchc"));
        assertThat(copy.resolve("service.properties")).isRegularFile();

        String restored = database("restored/cchc");
        assertThat(DerbyRestore.restore(copy.getParent(), Path.of(restored))).isEqualTo(copy);

        try (Connection connection = DriverManager.getConnection("jdbc:derby:" + restored)) {
            assertThat(units(connection)).containsExactly("NA Tỉnh Nghệ An");
            // the schema's history came along: a server starting on it migrates nothing
            assertThat(SchemaMigrations.migrate("jdbc:derby:" + restored, null, null).migrationsExecuted).isZero();
        }
    }

    @Test
    void shouldRefuseADatabaseOtherThanDerbyWithoutMakingTheFolder() {
        Connection postgresql = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getMetaData" -> Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DatabaseMetaData.class},
                            (p, m, a) -> m.getName().equals("getDatabaseProductName") ? "PostgreSQL" : null);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        Path target = folder.resolve("backups/never");

        assertThatThrownBy(() -> DerbyBackup.backUp(postgresql, target)).isInstanceOf(BackupNotSupported.class)
                .hasMessageContaining("pg_dump").extracting(e -> ((BackupNotSupported) e).code()).isEqualTo(BackupNotSupported.CODE);
        assertThat(target.getParent()).doesNotExist();
    }

    @Test
    void shouldRefuseToRestoreFromAFolderThatHoldsNoBackup() throws Exception {
        Path empty = Files.createDirectories(folder.resolve("empty"));

        assertThatThrownBy(() -> DerbyRestore.restore(empty, folder.resolve("restored/cchc"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a Derby backup");
        assertThat(folder.resolve("restored")).doesNotExist();
    }

    private static void insertUnit(Connection connection, long id, String code, String name) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO UNIT (ID, CODE, NAME, KIND, TREE_PATH, GENERATED, VERSION) VALUES (" + id + ", '"
                    + code + "', '" + name + "', 'PROVINCE', '/" + code + "/', 0, 1)");
        }
    }

    private static List<String> units(Connection connection) throws SQLException {
        List<String> units = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT CODE, NAME FROM UNIT ORDER BY CODE")) {
            while (rows.next()) {
                units.add(rows.getString(1) + " " + rows.getString(2));
            }
        }
        return units;
    }
}
