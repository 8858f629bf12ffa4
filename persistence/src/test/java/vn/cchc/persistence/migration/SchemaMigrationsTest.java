package vn.cchc.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitKind;
import vn.cchc.persistence.jpa.DerbyDatabase;
import vn.cchc.persistence.jpa.JpaUnitRepository;

/** The migrations against real Derby databases: made from nothing, and over a database EclipseLink made before them. */
class SchemaMigrationsTest {

    /** The entities' mapping and the migrations agree: what EclipseLink would make from the one, the other makes. */
    @Test
    void shouldMakeTheSchemaTheEntitiesMap() throws SQLException {
        String byEclipseLink = madeByEclipseLink();
        String byMigrations = memory();
        MigrateResult result = SchemaMigrations.migrate(byMigrations, null, null);

        assertThat(result.migrationsExecuted).isPositive();
        assertThat(result.targetSchemaVersion).isNotNull();
        assertThat(schema(byMigrations)).isEqualTo(schema(byEclipseLink));
        assertThat(rows(byMigrations, "SELECT SEQ_NAME, SEQ_COUNT FROM SEQUENCE")).containsExactly("SEQ_GEN_TABLE 0");
        assertThat(rows(byMigrations, "SELECT VERSION FROM DATA_VERSION")).containsExactly("1");
    }

    @Test
    void shouldUpgradeADatabaseMadeBeforeMigrationsInPlaceWithNothingLost() throws SQLException {
        String url = madeByRelease01();
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO UNIT (ID, CODE, NAME, KIND, TREE_PATH, SEARCH_TEXT, GENERATED, VERSION)"
                    + " VALUES (1, 'NA', 'Tỉnh Nghệ An', 'PROVINCE', '/NA/', 'tinh nghe an', 0, 1)");
            statement.executeUpdate("INSERT INTO IMPORT_JOB (ID, CREATED_AT, CREATED_ON, ERROR_COUNT, FORMAT, ROWS_READ,"
                    + " ROWS_SKIPPED, ROWS_VALID, ROWS_WRITTEN, STARTED_BY, STATE, VERSION) VALUES (2, TIMESTAMP('2026-11-30 08:00:00'),"
                    + " DATE('2026-11-30'), 0, 'CSV', 0, 0, 0, 0, 'reporter', 'WRITING', 1)");
            // a task stored before its folded search text existed, and one stored with it
            statement.executeUpdate("INSERT INTO PLAN_TASK (ID, TASK_NUMBER, DESCRIPTION, STATUS) VALUES (3, 1,"
                    + " 'Rà soát, đánh giá thủ tục hành chính', 'NOT_STARTED')");
            statement.executeUpdate("INSERT INTO PLAN_TASK (ID, TASK_NUMBER, DESCRIPTION, SEARCH_TEXT, STATUS) VALUES (4, 2,"
                    + " 'Số hóa hồ sơ', 'so hoa ho so', 'NOT_STARTED')");
            statement.executeUpdate("UPDATE SEQUENCE SET SEQ_COUNT = 50");
        }
        List<String> before = rows(url, "SELECT CODE, NAME, SEARCH_TEXT, TREE_PATH FROM UNIT");
        List<String> sequence = rows(url, "SELECT SEQ_NAME, SEQ_COUNT FROM SEQUENCE");

        SchemaMigrations.migrate(url, null, null);

        // taken as at version 1, and every later migration applied
        assertThat(rows(url, "SELECT \"version\", \"type\" FROM \"flyway_schema_history\" ORDER BY \"installed_rank\""))
                .first().isEqualTo("1 BASELINE");
        assertThat(SchemaMigrations.flyway(url, null, null).info().pending()).isEmpty();
        assertThat(schema(url)).isEqualTo(schema(madeByEclipseLink()));
        // a job of release 0.1 has no lease: abandoned, as every unfinished job was at a start before
        assertThat(rows(url, "SELECT STATE, LEASE_HOLDER, LEASE_UNTIL FROM IMPORT_JOB")).containsExactly("WRITING null null");
        assertThat(rows(url, "SELECT CODE, NAME, SEARCH_TEXT, TREE_PATH FROM UNIT")).isEqualTo(before).hasSize(1);
        assertThat(rows(url, "SELECT SEQ_NAME, SEQ_COUNT FROM SEQUENCE")).isEqualTo(sequence);
        assertThat(rows(url, "SELECT VERSION FROM DATA_VERSION")).containsExactly("1");
        // the data step: the task without a search text has it now, folded as a task folds it; the other is as it was
        assertThat(rows(url, "SELECT ID, SEARCH_TEXT FROM PLAN_TASK ORDER BY ID"))
                .containsExactly("3 ra soat, danh gia thu tuc hanh chinh", "4 so hoa ho so");
        // the application reads and writes it as before
        try (DerbyDatabase database = new DerbyDatabase(url)) {
            String name = database.inTransaction(em -> new JpaUnitRepository(em).findByCode("NA").orElseThrow().name());
            assertThat(name).isEqualTo("Tỉnh Nghệ An");
            database.inTransaction(em -> {
                new JpaUnitRepository(em).add(new Unit("NA-SNV", "Sở Nội vụ tỉnh Nghệ An", "Sở Nội vụ", UnitKind.DEPARTMENT,
                        new JpaUnitRepository(em).findByCode("NA").orElseThrow(), null));
                return null;
            });
        }
        assertThat(rows(url, "SELECT CODE FROM UNIT ORDER BY CODE")).containsExactly("NA", "NA-SNV");
        assertThat(rows(url, "SELECT MIN(ID) FROM UNIT WHERE CODE = 'NA-SNV'")).allSatisfy(id -> assertThat(Long.parseLong(id)).isGreaterThan(50));
    }

    /**
     * A database as release 0.1 left it: the schema of version 1 (which the first test shows is what EclipseLink made
     * then), and no history of migrations, for that release had none.
     */
    private static String madeByRelease01() throws SQLException {
        String url = memory();
        Flyway.configure().configuration(SchemaMigrations.flyway(url, null, null).getConfiguration()).target("1").load().migrate();
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DROP TABLE \"flyway_schema_history\"");
        }
        return url;
    }

    @Test
    void shouldDoNothingOnADatabaseAlreadyMigrated() {
        String url = memory();
        SchemaMigrations.migrate(url, null, null);
        assertThat(SchemaMigrations.migrate(url, null, null).migrationsExecuted).isZero();
    }

    /** A new database whose tables EclipseLink made from the entities, as every release before migrations did. */
    private static String madeByEclipseLink() {
        String url = memory();
        new DerbyDatabaseBeforeMigrations(url).close();
        return url;
    }

    private static String memory() {
        return "jdbc:derby:memory:" + UUID.randomUUID() + ";create=true";
    }

    /** The persistence unit with EclipseLink making the tables from the entities, as releases before migrations did. */
    private static final class DerbyDatabaseBeforeMigrations implements AutoCloseable {

        private final EntityManagerFactory emf;

        DerbyDatabaseBeforeMigrations(String url) {
            emf = Persistence.createEntityManagerFactory("cchc", Map.of(
                    "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                    "jakarta.persistence.jtaDataSource", "",
                    "jakarta.persistence.jdbc.driver", "org.apache.derby.iapi.jdbc.AutoloadedDriver",
                    "jakarta.persistence.jdbc.url", url,
                    "eclipselink.target-server", "None",
                    "eclipselink.logging.level", "SEVERE",
                    "eclipselink.ddl-generation", "create-or-extend-tables",
                    "eclipselink.ddl-generation.output-mode", "database"));
            emf.createEntityManager().close(); // EclipseLink makes the tables when the unit is first used
        }

        @Override
        public void close() {
            emf.close();
        }
    }

    /**
     * What the application depends on in a schema, one line per column, key, index and reference, without the names
     * the database chose itself: Flyway's own table left out, and the data version's, which is no entity's table.
     */
    private static Map<String, TreeSet<String>> schema(String url) throws SQLException {
        Map<String, TreeSet<String>> tables = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(url)) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet table = meta.getTables(null, "APP", "%", new String[] {"TABLE"})) {
                while (table.next()) {
                    String name = table.getString("TABLE_NAME");
                    if (!name.equalsIgnoreCase("flyway_schema_history") && !name.equals("DATA_VERSION")) {
                        tables.put(name, describe(meta, name));
                    }
                }
            }
        }
        return tables;
    }

    private static TreeSet<String> describe(DatabaseMetaData meta, String table) throws SQLException {
        TreeSet<String> lines = new TreeSet<>();
        try (ResultSet column = meta.getColumns(null, "APP", table, "%")) {
            while (column.next()) {
                lines.add("column " + column.getString("COLUMN_NAME") + " " + column.getString("TYPE_NAME") + "("
                        + column.getInt("COLUMN_SIZE") + "," + column.getInt("DECIMAL_DIGITS") + ") nullable="
                        + column.getString("IS_NULLABLE") + " default=" + column.getString("COLUMN_DEF"));
            }
        }
        try (ResultSet key = meta.getPrimaryKeys(null, "APP", table)) {
            while (key.next()) {
                lines.add("primary key " + key.getString("COLUMN_NAME") + " #" + key.getShort("KEY_SEQ"));
            }
        }
        Map<String, List<String>> indexes = new TreeMap<>();
        try (ResultSet index = meta.getIndexInfo(null, "APP", table, false, false)) {
            while (index.next()) {
                String name = index.getString("INDEX_NAME");
                // system-named indexes (SQL...) are told apart by their columns, not their names
                String key = (index.getBoolean("NON_UNIQUE") ? "index " : "unique ") + (name.startsWith("SQL") ? "" : name);
                indexes.computeIfAbsent(key + "@" + name, k -> new ArrayList<>()).add(index.getString("COLUMN_NAME"));
            }
        }
        indexes.forEach((key, columns) -> lines.add(key.substring(0, key.indexOf('@')) + " " + columns));
        try (ResultSet reference = meta.getImportedKeys(null, "APP", table)) {
            while (reference.next()) {
                lines.add("references " + reference.getString("FK_NAME") + " " + reference.getString("FKCOLUMN_NAME") + " -> "
                        + reference.getString("PKTABLE_NAME") + "." + reference.getString("PKCOLUMN_NAME"));
            }
        }
        return lines;
    }

    private static List<String> rows(String url, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(result.getObject(i)));
                }
                rows.add(String.join(" ", values));
            }
        }
        return rows;
    }
}
