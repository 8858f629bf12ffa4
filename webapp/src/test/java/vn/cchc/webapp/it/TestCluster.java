package vn.cchc.webapp.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;

/** The PostgreSQL cluster the build starts for the PostgreSQL pass of the tests: its database cchc, user cchc, trust. */
final class TestCluster {

    private TestCluster() {
    }

    /** The JDBC URL of its database cchc; an error naming the pass for tests run in the other one. */
    static String url() {
        return Objects.requireNonNull(System.getProperty("cchc.it.pg.url"), "no cchc.it.pg.url: this test is for the"
                + " PostgreSQL pass of the tests only (failsafe execution it-postgresql)");
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), "cchc", "");
    }
}
