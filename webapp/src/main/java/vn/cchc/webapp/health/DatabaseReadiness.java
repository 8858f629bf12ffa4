package vn.cchc.webapp.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers: without it no query of the API can. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = "jdbc/cchc")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            return HealthCheckResponse.named("database")
                    .status(connection.isValid(TIMEOUT_SECONDS))
                    .withData("product", connection.getMetaData().getDatabaseProductName())
                    .build();
        } catch (SQLException e) {
            // the reason goes to the log, not to whoever polls the endpoint
            java.util.logging.Logger.getLogger(DatabaseReadiness.class.getName()).warning("database not ready: " + e);
            return HealthCheckResponse.down("database");
        }
    }
}
