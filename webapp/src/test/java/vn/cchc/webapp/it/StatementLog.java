package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Counts the SQL statements the test server's Derby runs, from its statement log (the server is started with
 * derby.language.logStatementText): what the database really saw, whatever the application believes it sent.
 */
final class StatementLog {

    private static final String MARK = "Executing prepared statement:";

    private final Path log = Path.of(System.getProperty("cchc.it.derby.log", "target/it-derby.log"));

    /** How many statements the database ran while {@code work} ran. */
    long countDuring(Runnable work) {
        long before = count();
        work.run();
        long ran = count() - before;
        assertThat(ran).as("the statement log must record the work; is derby.language.logStatementText on?").isPositive();
        return ran;
    }

    private long count() {
        try {
            // Derby's log is not pure UTF-8 everywhere; count marks in a lenient decoding
            String text = new String(Files.readAllBytes(log), StandardCharsets.ISO_8859_1);
            long n = 0;
            for (int i = text.indexOf(MARK); i >= 0; i = text.indexOf(MARK, i + 1)) {
                n++;
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
