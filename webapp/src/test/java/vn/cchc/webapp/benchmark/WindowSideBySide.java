package vn.cchc.webapp.benchmark;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Issue 16's side-by-side run: each pair of documents {@code benchmark/windows/<shape>-calendar.graphql} and
 * {@code <shape>-reporting.graphql} (the same question by calendar period and by reporting window) sent in turns,
 * calendar then reporting, on one running server, so that both see the same machine, JIT and caches; every request
 * uncached (its own value of an unused variable, checked to be a MISS) and every answer checked. Prints a Markdown
 * table: each side's median, p95 and mean, the answer's size, and reporting ÷ calendar. Bounded: {@code bench.warmup}
 * pairs, then {@code bench.requests} timed pairs per shape; it stops by itself.
 * <pre>
 * java -cp "$CP" -Dbench.warmup=200 -Dbench.requests=200 vn.cchc.webapp.benchmark.WindowSideBySide http://localhost:9580/graphql quarter series ranking fields
 * </pre>
 */
public final class WindowSideBySide {

    private WindowSideBySide() {
    }

    public static void main(String[] args) throws Exception {
        // the documents of benchmark/windows, each request missing the response cache
        System.setProperty("bench.folder", "windows");
        System.setProperty("bench.unique", "true");
        URI endpoint = URI.create(args.length > 0 ? args[0] : "http://localhost:9580/graphql");
        List<String> shapes = args.length > 1 ? Arrays.asList(args).subList(1, args.length) : List.of("quarter", "series", "ranking", "fields");
        int warmup = Integer.getInteger("bench.warmup", 50);
        int requests = Integer.getInteger("bench.requests", 100);
        System.out.printf(Locale.ROOT, "endpoint %s, benchmark/windows, warm-up %d pairs, %d timed pairs per shape, 1 client, uncached%n",
                endpoint, warmup, requests);
        System.out.println("| shape | calendar p50 / p95 / mean ms | reporting p50 / p95 / mean ms | reporting ÷ calendar p50 | p95 | bytes calendar / reporting |");
        System.out.println("|---|---|---|---|---|---|");
        for (String shape : shapes) {
            GraphQLBenchmark.Probe calendar = GraphQLBenchmark.probe(endpoint, shape + "-calendar");
            GraphQLBenchmark.Probe reporting = GraphQLBenchmark.probe(endpoint, shape + "-reporting");
            for (int i = 0; i < warmup; i++) {
                calendar.send(false);
                reporting.send(false);
            }
            List<Double> byCalendar = new ArrayList<>();
            List<Double> byReporting = new ArrayList<>();
            long[] calendarBytes = null;
            long[] reportingBytes = null;
            for (int i = 0; i < requests; i++) {
                long start = System.nanoTime();
                calendarBytes = calendar.send(true);
                byCalendar.add((System.nanoTime() - start) / 1e6);
                start = System.nanoTime();
                reportingBytes = reporting.send(true);
                byReporting.add((System.nanoTime() - start) / 1e6);
            }
            double[] c = stats(byCalendar);
            double[] r = stats(byReporting);
            System.out.printf(Locale.ROOT, "| %s | %.1f / %.1f / %.1f | %.1f / %.1f / %.1f | %.2f | %.2f | %,d / %,d |%n", shape,
                    c[0], c[1], c[2], r[0], r[1], r[2], r[0] / c[0], r[1] / c[1], calendarBytes[0], reportingBytes[0]);
        }
    }

    /** {p50, p95, mean} of the times, nearest rank. */
    private static double[] stats(List<Double> times) {
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new double[] {sorted[(int) Math.ceil(0.50 * sorted.length) - 1], sorted[(int) Math.ceil(0.95 * sorted.length) - 1],
                Arrays.stream(sorted).average().orElse(0)};
    }
}
