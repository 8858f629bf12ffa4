package vn.cchc.persistence.demo;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import vn.cchc.domain.dossier.Dossier;

/**
 * Inserts dossiers with plain JDBC batches, in the caller's transaction: a million rows through the persistence
 * context would take minutes and gigabytes. Portable SQL only.
 *
 * <p>Ids come from the table EclipseLink keeps for {@code GenerationType.TABLE} (one counter shared by every
 * entity): the writer reserves a block by advancing that counter in the same transaction, exactly as EclipseLink
 * does when it preallocates, so later inserts through JPA start above the block.
 */
final class DossierWriter implements AutoCloseable {

    /** EclipseLink's default sequence table, its columns, and the counter of {@code GenerationType.TABLE}. */
    static final String SEQUENCE_TABLE = "SEQUENCE";
    static final String SEQUENCE_NAME_COLUMN = "SEQ_NAME";
    static final String SEQUENCE_COUNT_COLUMN = "SEQ_COUNT";
    static final String TABLE_SEQUENCE = "SEQ_GEN_TABLE";

    private static final int BATCH_SIZE = 1_000;
    private static final String INSERT = "INSERT INTO DOSSIER (ID, VERSION, CODE, PROCEDURE_ID, UNIT_ID, RECEIVED_ON, DUE_ON,"
            + " CLOSED_ON, CHANNEL, KIND, STATUS) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

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
    static DossierWriter open(Connection connection, long count) throws SQLException {
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
    void write(Dossier dossier) throws SQLException {
        if (nextId > lastId) {
            throw new IllegalStateException("more dossiers than the " + (lastId - firstId + 1) + " ids reserved");
        }
        insert.setLong(1, nextId++);
        insert.setLong(2, 1); // the version EclipseLink gives a new row
        insert.setString(3, dossier.code());
        insert.setLong(4, dossier.procedure().id());
        insert.setLong(5, dossier.unit().id());
        insert.setDate(6, Date.valueOf(dossier.receivedOn()));
        insert.setDate(7, Date.valueOf(dossier.dueOn()));
        if (dossier.closedOn().isPresent()) {
            insert.setDate(8, Date.valueOf(dossier.closedOn().get()));
        } else {
            insert.setNull(8, Types.DATE);
        }
        insert.setString(9, dossier.channel().name());
        insert.setString(10, dossier.kind().name());
        insert.setString(11, dossier.status().name());
        insert.addBatch();
        if (++pending == BATCH_SIZE) {
            flush();
        }
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
