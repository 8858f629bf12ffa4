package vn.cchc.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.persistence.sessions.server.Server;
import vn.cchc.persistence.migration.SchemaMigrations;

/**
 * The application's persistence unit on a fresh in-memory Derby, or on any Derby URL, its schema made or brought up
 * to date by the migrations, run by EclipseLink outside
 * the server (resource-local transactions instead of JTA). Public for the tests of other packages.
 */
public final class DerbyDatabase implements AutoCloseable {

    /** Flyway says what it did for every test database; kept here, else the logger is collected with its level. */
    private static final Logger FLYWAY = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY.setLevel(Level.SEVERE);
    }

    private final EntityManagerFactory emf;

    public DerbyDatabase() {
        this("jdbc:derby:memory:" + UUID.randomUUID() + ";create=true");
    }

    public DerbyDatabase(String url) {
        SchemaMigrations.migrate(url, null, null);
        emf = Persistence.createEntityManagerFactory("cchc", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.driver", "org.apache.derby.iapi.jdbc.AutoloadedDriver",
                "jakarta.persistence.jdbc.url", url,
                "eclipselink.target-server", "None",
                "eclipselink.logging.level", System.getProperty("cchc.sqlLog", "WARNING"),
                // no weaving outside the server: EclipseLink says so once per lazy relation
                "eclipselink.logging.level.metadata", "SEVERE"));
    }

    /** Runs the work in one transaction and commits it; rolls back when it throws. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** EclipseLink's session of the database, for tests that watch what it sends. */
    Server session() {
        return emf.unwrap(Server.class);
    }

    @Override
    public void close() {
        emf.close();
    }
}
