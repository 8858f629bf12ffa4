package vn.cchc.webapp.benchmark;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Counts the SQL statements each benchmark query makes Derby run, from Derby's own statement log: the server must
 * run with {@code -Dderby.language.logStatementText=true -Dderby.stream.error.file=<log>} (a separate run from the
 * timing run: logging slows it) and nothing else may query it meanwhile.
 *
 * <pre>
 * java -cp ... vn.cchc.webapp.benchmark.StatementCount url derby-log [query ...]   -Dbench.repeat=3
 * </pre>
 */
public final class StatementCount {

    private static final String MARK = "Executing prepared statement:";

    private StatementCount() {
    }

    public static void main(String[] args) throws Exception {
        URI endpoint = URI.create(args[0]);
        Path log = Path.of(args[1]);
        List<String> names = args.length > 2 ? Arrays.asList(args).subList(2, args.length) : List.of("dashboard", "ranking", "deep");
        int repeat = Integer.getInteger("bench.repeat", 3);
        System.out.println("| query | statements per request (each of " + repeat + " requests) |");
        System.out.println("|---|---|");
        for (String name : names) {
            String body = GraphQLBenchmark.body(GraphQLBenchmark.document(name));
            GraphQLBenchmark.send(endpoint, body, name); // warm: prepared statements, first-time look-ups
            StringBuilder counts = new StringBuilder();
            for (int i = 0; i < repeat; i++) {
                long before = count(log);
                GraphQLBenchmark.send(endpoint, body, name);
                Thread.sleep(200); // let the log reach the file
                counts.append(i == 0 ? "" : ", ").append(count(log) - before);
            }
            System.out.printf(Locale.ROOT, "| %s | %s |%n", name, counts);
        }
    }

    private static long count(Path log) throws IOException {
        // Derby's log is not UTF-8 everywhere: count the marks in a lenient decoding
        String text = new String(Files.readAllBytes(log), StandardCharsets.ISO_8859_1);
        long n = 0;
        for (int i = text.indexOf(MARK); i >= 0; i = text.indexOf(MARK, i + 1)) {
            n++;
        }
        return n;
    }
}
