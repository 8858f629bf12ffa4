package vn.cchc.persistence.jpa;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import vn.cchc.domain.shared.DataVersion;

/**
 * The data version in its one-row table (migration V6), read and advanced in SQL: it is no entity. In the server the
 * advance is made as the transaction completes, whenever a change asked for it: a dossier import records its changes
 * before it writes for minutes, and the row it locks would hold every other change that long.
 */
@ApplicationScoped
public class JpaDataVersion implements DataVersion {

    private static final String ADVANCING = JpaDataVersion.class.getName();
    private static final String UPDATE = "UPDATE DATA_VERSION SET VERSION = VERSION + 1";
    private static final String NO_ROW = "the table DATA_VERSION has no row: migration V6 makes it";

    @PersistenceContext(unitName = "cchc")
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    protected JpaDataVersion() {
        // for CDI
    }

    /** Outside a server (resource-local transactions, the tests): advanced at once. */
    public JpaDataVersion(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS) // a request reads it before anything else, in no transaction
    public long current() {
        return ((Number) em.createNativeQuery("SELECT VERSION FROM DATA_VERSION").getSingleResult()).longValue();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY) // the change's own transaction: it commits with the change or not at all
    public void advance() {
        if (transactions == null) {
            update();
        } else if (transactions.getResource(ADVANCING) == null) {
            transactions.putResource(ADVANCING, Boolean.TRUE); // once per transaction, however many changes it makes
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
                        updateOnConnection();
                    }
                }

                @Override
                public void afterCompletion(int status) {
                    // nothing kept
                }
            });
        }
    }

    /**
     * On the transaction's own connection, in plain JDBC: once EclipseLink has written the changes, a query through
     * the entity manager would write its new objects a second time.
     */
    private void updateOnConnection() {
        try (Statement statement = em.unwrap(Connection.class).createStatement()) {
            if (statement.executeUpdate(UPDATE) != 1) {
                throw new IllegalStateException(NO_ROW);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not advance the data version", e);
        }
    }

    private void update() {
        if (em.createNativeQuery(UPDATE).executeUpdate() != 1) {
            throw new IllegalStateException(NO_ROW);
        }
    }
}
