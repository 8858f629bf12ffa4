package vn.cchc.persistence.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import vn.cchc.domain.document.PlanTask;

/**
 * Version 4, a data step on every database: plan tasks stored before their folded {@code SEARCH_TEXT} existed (the
 * column was added empty to older databases) get it, folded as a task folds its description, so that the task search
 * finds them. Java, not SQL: SQL cannot strip Vietnamese diacritics portably.
 */
final class PlanTaskSearchText implements JavaMigration {

    private static final int BATCH = 1_000;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("4");
    }

    @Override
    public String getDescription() {
        return "plan task search text back-fill";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement select = connection.createStatement();
                ResultSet tasks = select.executeQuery("SELECT ID, DESCRIPTION FROM PLAN_TASK WHERE SEARCH_TEXT IS NULL");
                PreparedStatement update = connection.prepareStatement("UPDATE PLAN_TASK SET SEARCH_TEXT = ? WHERE ID = ?")) {
            int pending = 0;
            while (tasks.next()) {
                update.setString(1, PlanTask.searchTextOf(tasks.getString(2)));
                update.setLong(2, tasks.getLong(1));
                update.addBatch();
                if (++pending == BATCH) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
    }
}
