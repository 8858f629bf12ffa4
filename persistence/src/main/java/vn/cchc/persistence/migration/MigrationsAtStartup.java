package vn.cchc.persistence.migration;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Migrates the schema when the application starts, before anything else reads or writes (the start-up data, the
 * repair of imports) and before the server serves a request. A migration that fails stops the application's start.
 */
@ApplicationScoped
public class MigrationsAtStartup {

    private static final Logger LOG = Logger.getLogger(MigrationsAtStartup.class.getName());

    @Resource(lookup = "jdbc/cchc")
    DataSource dataSource;

    void migrate(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) @Initialized(ApplicationScoped.class) Object event) {
        MigrateResult result = SchemaMigrations.migrate(dataSource);
        LOG.info("Database schema at version " + SchemaMigrations.versionAfter(result) + " (" + result.migrationsExecuted
                + " migration(s) applied now)");
    }
}
