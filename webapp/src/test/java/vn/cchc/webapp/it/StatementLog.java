package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL statements the test server's Derby runs, from its statement log (the server is started with
 * derby.language.logStatementText): what the database really saw, whatever the application believes it sent.
 */
final class StatementLog {

    private static final Pattern STATEMENT = Pattern.compile("Executing prepared statement: (.*?) :End prepared statement",
            Pattern.DOTALL);

    private final Path log = Path.of(System.getProperty("cchc.it.derby.log", "target/it-derby.log"));

    /** The statements the database ran while {@code work} ran, shortened for reading in a failure message. */
    List<String> during(Runnable work) {
        int before = settled().size();
        work.run();
        List<String> all = settled();
        List<String> ran = new ArrayList<>();
        for (String statement : all.subList(before, all.size())) {
            ran.add(statement.replaceAll("\\s+", " ").substring(0, Math.min(120, statement.length())));
        }
        assertThat(ran).as("the statement log must record the work; is derby.language.logStatementText on?").isNotEmpty();
        return ran;
    }

    /** The statements once Derby has written out what it ran: its log reaches the file a little after the statement. */
    private List<String> settled() {
        List<String> previous = read();
        for (int quiet = 0, tries = 0; quiet < 2 && tries < 40; tries++) {
            pause();
            List<String> now = read();
            quiet = now.size() == previous.size() ? quiet + 1 : 0;
            previous = now;
        }
        return previous;
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<String> read() {
        try {
            // Derby's log is not pure UTF-8 everywhere; the statements' shape is all that matters here
            Matcher m = STATEMENT.matcher(new String(Files.readAllBytes(log), StandardCharsets.ISO_8859_1));
            List<String> statements = new ArrayList<>();
            while (m.find()) {
                statements.add(m.group(1));
            }
            return statements;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
