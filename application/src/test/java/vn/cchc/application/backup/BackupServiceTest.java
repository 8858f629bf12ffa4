package vn.cchc.application.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.application.security.AccessDenied;
import vn.cchc.application.security.Caller;
import vn.cchc.application.security.Role;
import vn.cchc.domain.backup.DatabaseBackup;

/** Who may back up, and where each backup goes: a database that records the folders it was asked to fill. */
class BackupServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-02T04:15:00.123Z");

    @TempDir
    Path backups;

    /** Makes the folder and a database folder in it, as Derby does. */
    private static final class Recording implements DatabaseBackup {
        final List<Path> folders = new ArrayList<>();

        @Override
        public Path backUpInto(Path folder) {
            folders.add(folder);
            try {
                return Files.createDirectories(folder.resolve("cchc"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final Recording database = new Recording();
    private final BackupService service = new BackupService(database, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void shouldBackUpForTheAdminIntoAFolderNamedByTheTime() {
        Path copy = service.backUp(Caller.of("admin", Set.of(Role.ADMIN)), backups);

        assertThat(database.folders).containsExactly(backups.resolve("20261202-041500-123Z"));
        assertThat(copy).isEqualTo(backups.resolve("20261202-041500-123Z/cchc"));
    }

    @Test
    void shouldNeverReuseTheFolderOfAnEarlierBackup() {
        Caller admin = Caller.of("admin", Set.of(Role.ADMIN));
        service.backUp(admin, backups);
        service.backUp(admin, backups);

        assertThat(database.folders).containsExactly(backups.resolve("20261202-041500-123Z"), backups.resolve("20261202-041500-123Z-2"));
    }

    @Test
    void shouldRefuseEveryoneButTheAdminBeforeTouchingAnything() throws IOException {
        Path missing = backups.resolve("not-made");
        for (Caller caller : List.of(Caller.of("noivu", Set.of(Role.HOME_AFFAIRS)), Caller.reporter("reporter", "NA-SKHCN", "/NA/"),
                Caller.of("analyst", Set.of(Role.ANALYST)))) {
            AccessDenied refused = catchThrowableOfType(AccessDenied.class, () -> service.backUp(caller, missing));
            assertThat(refused.code()).as("%s", caller).isEqualTo(AccessDenied.FORBIDDEN);
        }
        AccessDenied anonymous = catchThrowableOfType(AccessDenied.class, () -> service.backUp(Caller.anonymous(), missing));
        assertThat(anonymous.code()).isEqualTo(AccessDenied.UNAUTHENTICATED);
        assertThat(anonymous).hasMessageContaining("backUpDatabase");

        assertThat(database.folders).isEmpty();
        assertThat(missing).doesNotExist();
    }
}
