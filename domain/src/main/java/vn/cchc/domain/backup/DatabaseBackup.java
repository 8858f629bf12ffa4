package vn.cchc.domain.backup;

import java.nio.file.Path;

/**
 * An online copy of the database the server runs on, made by the database itself while the server keeps serving.
 * Embedded Derby makes one (one process holds it, so only the server can); a PostgreSQL database is copied from
 * outside with {@code pg_dump}, and the server refuses with {@link BackupNotSupported}.
 */
public interface DatabaseBackup {

    /**
     * Copies the database into {@code folder}, which must not exist yet and is made; answers the folder of the copy
     * (the database's own folder inside it, what a restore reads).
     *
     * @throws BackupNotSupported when the server runs on a database it does not copy itself
     */
    Path backUpInto(Path folder);
}
