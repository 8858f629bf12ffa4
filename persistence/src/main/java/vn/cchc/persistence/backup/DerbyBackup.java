package vn.cchc.persistence.backup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import vn.cchc.domain.backup.BackupNotSupported;
import vn.cchc.domain.backup.DatabaseBackup;

/**
 * The server's online backup of its embedded Derby database: Derby copies the database while connections stay open and
 * transactions go on; the copy holds what was committed when it began. On any other database it refuses with
 * {@link BackupNotSupported} before writing anything.
 */
@ApplicationScoped
public class DerbyBackup implements DatabaseBackup {

    @Resource(lookup = "jdbc/cchc")
    DataSource dataSource;

    @Override
    public Path backUpInto(Path folder) {
        try (Connection connection = dataSource.getConnection()) {
            return backUp(connection, folder);
        } catch (SQLException e) {
            throw new IllegalStateException("the backup into " + folder + " failed", e);
        }
    }

    /**
     * Backs up the database of {@code connection} into {@code folder} (made; it must not exist): the copy's folder,
     * named as the database's own.
     */
    public static Path backUp(Connection connection, Path folder) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        if (!product.toLowerCase(Locale.ROOT).contains("derby")) {
            throw new BackupNotSupported(product);
        }
        try {
            Files.createDirectories(folder.getParent());
            Files.createDirectory(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the backup folder " + folder, e);
        }
        try (CallableStatement backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            backup.setString(1, folder.toAbsolutePath().toString());
            backup.execute();
        }
        return DerbyRestore.databaseIn(folder);
    }
}
