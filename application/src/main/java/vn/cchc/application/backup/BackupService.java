package vn.cchc.application.backup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.logging.Logger;
import vn.cchc.application.security.AccessPolicy;
import vn.cchc.application.security.Caller;
import vn.cchc.application.security.Operation;
import vn.cchc.domain.backup.DatabaseBackup;

/**
 * Online backups of the database (sao lưu), admin only: each backup in a folder of its own below the backup folder,
 * named by the time it started (UTC, {@code 20261202-041500-123Z}), so that backups never overwrite one another and
 * sort by age. The caller's right is checked before anything is looked up or written.
 */
@ApplicationScoped
public class BackupService {

    private static final Logger LOG = Logger.getLogger(BackupService.class.getName());
    static final DateTimeFormatter FOLDER_NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS'Z'").withZone(ZoneOffset.UTC);

    @Inject
    DatabaseBackup database;

    private final Clock clock;

    protected BackupService() {
        this(null, Clock.systemUTC()); // for CDI
    }

    BackupService(DatabaseBackup database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Backs the database up into a new folder below {@code backups} (made when missing); answers the folder of the
     * copy, the one a restore reads. One backup at a time on this server.
     */
    public synchronized Path backUp(Caller caller, Path backups) {
        AccessPolicy.requireAllowed(caller, Operation.BACK_UP_DATABASE, "backUpDatabase");
        Path folder = newFolder(backups.toAbsolutePath().normalize());
        Path copy = database.backUpInto(folder);
        LOG.info(caller + " backed up the database into " + copy);
        return copy;
    }

    private Path newFolder(Path backups) {
        String name = FOLDER_NAME.format(clock.instant());
        Path folder = backups.resolve(name);
        for (int i = 2; Files.exists(folder); i++) {
            folder = backups.resolve(name + "-" + i);
        }
        return folder;
    }
}
