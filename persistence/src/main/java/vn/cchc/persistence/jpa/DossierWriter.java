package vn.cchc.persistence.jpa;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;
import vn.cchc.domain.dossier.Dossier;

/**
 * Inserts and replaces dossiers with plain JDBC batches, in the caller's transaction: a million rows through the
 * persistence context would take minutes and gigabytes (the demo load, a bulk import). Portable SQL only.
 *
 * <p>Ids come from the table EclipseLink keeps for {@code GenerationType.TABLE} (one counter shared by every
 * entity): the writer reserves a block by advancing that counter in the same transaction, exactly as EclipseLink
 * does when it preallocates, so later inserts through JPA start above the block.
 */
public final class DossierWriter implements AutoCloseable {

    /** EclipseLink's default sequence table, its columns, and the counter of {@code GenerationType.TABLE}. */
    static final String SEQUENCE_TABLE = "SEQUENCE";
    static final String SEQUENCE_NAME_COLUMN = "SEQ_NAME";
    static final String SEQUENCE_COUNT_COLUMN = "SEQ_COUNT";
    static final String TABLE_SEQUENCE = "SEQ_GEN_TABLE";

    private static final int BATCH_SIZE = 1_000;
    private static final String INSERT = "INSERT INTO DOSSIER (ID, VERSION, CODE, PROCEDURE_ID, UNIT_ID, RECEIVED_ON, DUE_ON,"
            + " CLOSED_ON, CHANNEL, KIND, STATUS) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** The code and unit stay: they are what identifies the dossier replaced. */
    private static final String REPLACE = "UPDATE DOSSIER SET VERSION = VERSION + 1, PROCEDURE_ID = ?, RECEIVED_ON = ?, DUE_ON = ?,"
            + " CLOSED_ON = ?, CHANNEL = ?, KIND = ?, STATUS = ? WHERE ID = ?";

    private final PreparedStatement insert;
    private final long firstId;
    private final long lastId;
    private long nextId;
    private int pending;

    private DossierWriter(PreparedStatement insert, long firstId, long lastId) {
        this.insert = insert;
        this.firstId = firstId;
        this.lastId = lastId;
        this.nextId = firstId;
    }

    /** Reserves ids for {@code count} dossiers and prepares the insert. */
    public static DossierWriter open(Connection connection, long count) throws SQLException {
        long last = reserveIds(connection, count);
        return new DossierWriter(connection.prepareStatement(INSERT), last - count + 1, last);
    }

    /** Advances the shared counter by {@code count}; the block is the {@code count} ids up to the returned one. */
    static long reserveIds(Connection connection, long count) throws SQLException {
        // the UPDATE locks the counter row until the transaction ends, so no one else can take the same block
        try (PreparedStatement advance = connection.prepareStatement("UPDATE " + SEQUENCE_TABLE + " SET "
                + SEQUENCE_COUNT_COLUMN + " = " + SEQUENCE_COUNT_COLUMN + " + ? WHERE " + SEQUENCE_NAME_COLUMN + " = ?")) {
            advance.setLong(1, count);
            advance.setString(2, TABLE_SEQUENCE);
            if (advance.executeUpdate() != 1) {
                throw new IllegalStateException("no counter " + TABLE_SEQUENCE + " in table " + SEQUENCE_TABLE
                        + ": persist an entity through JPA first");
            }
        }
        try (PreparedStatement read = connection.prepareStatement("SELECT " + SEQUENCE_COUNT_COLUMN + " FROM "
                + SEQUENCE_TABLE + " WHERE " + SEQUENCE_NAME_COLUMN + " = ?")) {
            read.setString(1, TABLE_SEQUENCE);
            try (ResultSet rs = read.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Queues one dossier; its procedure and unit must already be in the database. */
    public void write(Dossier dossier) throws SQLException {
        if (nextId > lastId) {
            throw new IllegalStateException("more dossiers than the " + (lastId - firstId + 1) + " ids reserved");
        }
        insert.setLong(1, nextId++);
        insert.setLong(2, 1); // the version EclipseLink gives a new row
        insert.setString(3, dossier.code());
        setContent(insert, 4, dossier, true);
        insert.addBatch();
        if (++pending == BATCH_SIZE) {
            flush();
        }
    }

    /** Overwrites each stored dossier of the map's ids with the content of its dossier, in batches. */
    public static void replace(Connection connection, Map<Long, Dossier> byId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(REPLACE)) {
            int queued = 0;
            for (Map.Entry<Long, Dossier> e : byId.entrySet()) {
                setContent(update, 1, e.getValue(), false);
                update.setLong(8, e.getKey());
                update.addBatch();
                if (++queued % BATCH_SIZE == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
    }

    /** Procedure, unit (unless an update, which keeps it), the three days, channel, kind and status from parameter {@code first} on. */
    private static void setContent(PreparedStatement statement, int first, Dossier dossier, boolean withUnit) throws SQLException {
        int i = first;
        statement.setLong(i++, dossier.procedure().id());
        if (withUnit) {
            statement.setLong(i++, dossier.unit().id());
        }
        statement.setDate(i++, Date.valueOf(dossier.receivedOn()));
        statement.setDate(i++, Date.valueOf(dossier.dueOn()));
        if (dossier.closedOn().isPresent()) {
            statement.setDate(i++, Date.valueOf(dossier.closedOn().get()));
        } else {
            statement.setNull(i++, Types.DATE);
        }
        statement.setString(i++, dossier.channel().name());
        statement.setString(i++, dossier.kind().name());
        statement.setString(i, dossier.status().name());
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
    }

    /** Sends what is queued; the connection stays open, it belongs to the caller's transaction. */
    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            insert.close();
        }
    }
}
