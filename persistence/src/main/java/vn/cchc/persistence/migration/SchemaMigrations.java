package vn.cchc.persistence.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The versioned migrations of the application's schema (Flyway), for every database it runs on: SQL the same for
 * every database in {@code db/migration/common/}, SQL of one database in {@code db/migration/<database>/}, data steps in Java
 * ({@link PlanTaskSearchText}), one version sequence across them all (a database skips the versions of another's
 * folder). They run at start-up before the
 * application serves ({@link MigrationsAtStartup}), or on their own ({@link #main}).
 *
 * <p>A database made before migrations existed (EclipseLink's {@code create-or-extend-tables}, up to release 0.1) holds
 * the schema of version 1 without Flyway's history table: it is taken as at version 1 (a baseline) and migrated from
 * there, so nothing in it is touched by the first migration.
 */
public final class SchemaMigrations {

    private SchemaMigrations() {
    }

    /** Brings the schema of the data source up to the newest version; what it applied. */
    public static MigrateResult migrate(DataSource dataSource) {
        return flyway(Flyway.configure(SchemaMigrations.class.getClassLoader()).dataSource(dataSource), database(dataSource))
                .migrate();
    }

    /** The same for a JDBC URL, for operators and tests. */
    public static MigrateResult migrate(String url, String user, String password) {
        return flyway(url, user, password).migrate();
    }

    static Flyway flyway(String url, String user, String password) {
        var configuration = Flyway.configure(SchemaMigrations.class.getClassLoader()).dataSource(url, user, password);
        return flyway(configuration, database(configuration.getDataSource()));
    }

    private static Flyway flyway(org.flywaydb.core.api.configuration.FluentConfiguration configuration, String database) {
        // Liberty's class loader lists no folders: Flyway finds each location through the empty file flyway.location
        // in it, and so also its default folder of SQL callbacks, db/callback (none yet)
        return configuration
                .locations("classpath:db/migration/common", "classpath:db/migration/" + database)
                // data steps in Java, given here: Liberty's class loader cannot be scanned for classes either
                .javaMigrations(new PlanTaskSearchText())
                .failOnMissingLocations(true)
                .baselineOnMigrate(true)
                .baselineVersion("1")
                .baselineDescription("schema made by EclipseLink before versioned migrations")
                .load();
    }

    /** The schema's version after the migration: the newest applied, or the one it had when nothing was to apply. */
    static String versionAfter(MigrateResult result) {
        return result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
    }

    /** The folder of the database's SQL: {@code derby} or {@code postgresql}. */
    static String database(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("derby")) {
                return "derby";
            }
            if (product.contains("postgresql")) {
                return "postgresql";
            }
            throw new IllegalStateException("no migrations for the database " + product + "; Derby and PostgreSQL have them");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database to migrate it", e);
        }
    }

    /**
     * Migrates a database from the command line, before servers start on it ({@code tools/migrate/migrate.sh}):
     * {@code java -cp <persistence and its libraries> vn.cchc.persistence.migration.SchemaMigrations <jdbc-url> [user password]}.
     */
    public static void main(String[] args) {
        if (args.length != 1 && args.length != 3) {
            System.err.println("usage: SchemaMigrations <jdbc-url> [<user> <password>]");
            System.exit(2);
        }
        MigrateResult result = migrate(args[0], args.length == 3 ? args[1] : null, args.length == 3 ? args[2] : null);
        System.out.printf(Locale.ROOT, "%s: schema at version %s, %d migration(s) applied%n", args[0], versionAfter(result),
                result.migrationsExecuted);
    }
}
