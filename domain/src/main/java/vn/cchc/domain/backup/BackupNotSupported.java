package vn.cchc.domain.backup;

import vn.cchc.domain.shared.DomainException;

/**
 * The server copies only an embedded Derby database: another database (PostgreSQL) is backed up from outside with its
 * own tools, which the message names.
 */
public class BackupNotSupported extends DomainException {

    private static final long serialVersionUID = 1L;

    public static final String CODE = "BACKUP_NOT_SUPPORTED";

    /** @param database the database's product name, as its driver says it */
    public BackupNotSupported(String database) {
        super(CODE, "the server backs up only an embedded Derby database; back up this " + database
                + " database with its own tools (PostgreSQL: pg_dump, as tools/backup/postgresql-backup.sh does)",
                "backup.not-supported", database);
    }
}
