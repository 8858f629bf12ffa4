package vn.cchc.persistence.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import vn.cchc.domain.indicator.StandardIndicators;
import vn.cchc.domain.shared.Condition;
import vn.cchc.persistence.jpa.DerbyDatabase;
import vn.cchc.persistence.jpa.JpaDossierRepository;
import vn.cchc.persistence.jpa.JpaIndicatorRepository;
import vn.cchc.persistence.jpa.SampleRepositories;
import vn.cchc.sampledata.demo.DemoProvince;

/**
 * Measures, once and by hand (not a test), how long the demo province takes to load into a fresh Derby database
 * on disk, as the server keeps it. From the project directory:
 *
 * <pre>
 * mvn -q -pl domain,persistence -am test-compile dependency:build-classpath \
 *     -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
 * java -cp "persistence/target/test-classes:persistence/target/classes:$(cat persistence/target/test-classpath.txt)" \
 *     vn.cchc.persistence.demo.DemoLoadTiming 1000000
 * </pre>
 *
 * Arguments: the number of dossiers (default 1,000,000) and the database directory (default
 * {@code target/demo-load-timing}, wiped first).
 */
public final class DemoLoadTiming {

    private DemoLoadTiming() {
    }

    public static void main(String[] args) throws SQLException {
        int dossiers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path directory = Path.of(args.length > 1 ? args[1] : "target/demo-load-timing").toAbsolutePath();
        wipe(directory);
        String database = directory.resolve("cchc").toString();

        long start = System.nanoTime();
        try (DerbyDatabase db = new DerbyDatabase("jdbc:derby:" + database + ";create=true")) {
            db.inTransaction(em -> {
                StandardIndicators.all().forEach(new JpaIndicatorRepository(em)::add);
                return null;
            });
            long schemaReady = System.nanoTime();
            DemoProvince.Counts counts = db.inTransaction(em -> new DemoProvince(DemoProvince.SEED, dossiers).load(SampleRepositories.on(em)));
            long loaded = System.nanoTime();
            long stored = db.inTransaction(em -> new JpaDossierRepository(em).count(Condition.TRUE));
            System.out.printf("schema and indicators: %.1f s%n", (schemaReady - start) / 1e9);
            System.out.printf("demo province, one transaction including commit: %.1f s%n", (loaded - schemaReady) / 1e9);
            System.out.println(counts + ", dossiers in the database: " + stored);
        } finally {
            shutDown(database);
        }
    }

    private static void shutDown(String database) {
        try {
            DriverManager.getConnection("jdbc:derby:" + database + ";shutdown=true");
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as an exception
        }
    }

    private static void wipe(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
