package vn.cchc.persistence.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Restores an embedded Derby database from an online backup ({@link DerbyBackup}), with no server running on it:
 * Derby's {@code restoreFrom} makes the database at the path the backup's copy (replacing one that is there), then the
 * database is shut down cleanly, ready for a server to start on. Run by {@code tools/backup/derby-restore.sh}.
 */
public final class DerbyRestore {

    /** What Derby answers when one database shut down as asked. */
    private static final String SHUT_DOWN = "08006";

    private DerbyRestore() {
    }

    /**
     * Restores the database at {@code database} from {@code backup}: either the folder the server answered (the
     * database's copy) or the dated folder holding it. Answers the copy restored from.
     */
    public static Path restore(Path backup, Path database) throws SQLException {
        Path copy = databaseIn(backup);
        String path = database.toAbsolutePath().normalize().toString();
        try (Connection connection = DriverManager.getConnection("jdbc:derby:" + path + ";restoreFrom=" + copy.toAbsolutePath())) {
            connection.getMetaData(); // restored once open
        }
        try {
            DriverManager.getConnection("jdbc:derby:" + path + ";shutdown=true").close();
            throw new IllegalStateException("Derby did not shut " + path + " down");
        } catch (SQLException e) {
            if (!SHUT_DOWN.equals(e.getSQLState())) {
                throw e;
            }
        }
        return copy;
    }

    /** The database's copy a backup folder holds: the folder itself, or the one database folder in it. */
    static Path databaseIn(Path backup) {
        if (isDatabase(backup)) {
            return backup;
        }
        List<Path> databases = Files.isDirectory(backup) ? databasesIn(backup) : List.of();
        if (databases.size() != 1) {
            throw new IllegalArgumentException(backup + " is not a Derby backup: it holds " + databases.size()
                    + " database folders (service.properties), not one");
        }
        return databases.get(0);
    }

    /** The folders below {@code folder} that hold a Derby database. */
    private static List<Path> databasesIn(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(DerbyRestore::isDatabase).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the backup folder " + folder, e);
        }
    }

    private static boolean isDatabase(Path folder) {
        return Files.isRegularFile(folder.resolve("service.properties"));
    }

    /**
     * {@code java -cp <persistence and Derby> vn.cchc.persistence.backup.DerbyRestore [--replace] <backup-folder> <database-path>},
     * with the server stopped; a database already at the path is replaced only when {@code --replace} says so.
     */
    public static void main(String[] args) {
        boolean replace = args.length == 3 && args[0].equals("--replace");
        if (args.length != (replace ? 3 : 2)) {
            System.err.println("usage: DerbyRestore [--replace] <backup-folder> <database-path>");
            System.exit(2);
        }
        Path backup = Path.of(args[args.length - 2]);
        Path database = Path.of(args[args.length - 1]).toAbsolutePath().normalize();
        if (Files.exists(database) && !replace) {
            System.err.println(database + " exists: stop its server and give --replace to restore over it");
            System.exit(1);
        }
        try {
            Path copy = restore(backup, database);
            System.out.printf(Locale.ROOT, "%s: restored from %s and shut down%n", database, copy);
        } catch (IllegalArgumentException | SQLException e) {
            System.err.println("not restored: " + e.getMessage());
            System.exit(1);
        }
    }
}
