package vn.cchc.ingestion.evaluation;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import vn.cchc.domain.indicator.Indicator;
import vn.cchc.domain.indicator.Measure;
import vn.cchc.domain.indicator.StandardIndicators;
import vn.cchc.domain.ingestion.FactFlag;
import vn.cchc.domain.ingestion.ProposedFact;
import vn.cchc.domain.ingestion.ReportExtractor;
import vn.cchc.domain.ingestion.ReportFiles;
import vn.cchc.ingestion.FileReportReader;

/**
 * Measures the extraction over a folder of cases: each report file ({@code NAME.txt}, {@code NAME.docx} …) beside the
 * facts an ideal reader finds in it ({@code NAME.expected.tsv}: {@code KIND<TAB>KEY<TAB>VALUE} a line, the format in
 * {@code ingestion/evaluation/README.md}). It prints precision and recall per kind of fact, per case and over all,
 * and the facts missed or wrongly found. Run: {@code java -cp <domain, ingestion and POI> vn.cchc.ingestion.evaluation.IngestionEvaluation ingestion/evaluation}.
 */
public final class IngestionEvaluation {

    /** The kinds of fact as the issue counts them, by the first word of a line's kind. */
    static final Map<String, String> GROUPS = Map.ofEntries(Map.entry("HEADING", "heading"), Map.entry("SECTION", "outline"),
            Map.entry("AREA", "outline"), Map.entry("ITEM", "outline"), Map.entry("DOCUMENT", "documents"),
            Map.entry("DOCUMENT_DATE", "documents"), Map.entry("DOCUMENT_ISSUER", "documents"),
            Map.entry("DOCUMENT_AMENDS", "documents"), Map.entry("FIGURE", "figures"), Map.entry("FIGURE_FLAG", "figures"),
            Map.entry("UNIT", "units"), Map.entry("RECIPIENT", "closing"), Map.entry("SIGNER", "closing"));
    /** The indicators measured as a percentage, whose values the cases write with "%": as the standard set defines them. */
    private static final Set<String> PERCENTS = StandardIndicators.all().stream().filter(i -> i.measure() == Measure.PERCENT)
            .map(Indicator::code).collect(java.util.stream.Collectors.toSet());
    static final List<String> ORDER = List.of("heading", "outline", "documents", "figures", "units", "closing");

    /** True positives, false positives and false negatives of one kind of fact. */
    public record Count(int found, int wrong, int missed) {

        Count plus(Count other) {
            return new Count(found + other.found, wrong + other.wrong, missed + other.missed);
        }

        public double precision() {
            return found + wrong == 0 ? 1 : (double) found / (found + wrong);
        }

        public double recall() {
            return found + missed == 0 ? 1 : (double) found / (found + missed);
        }
    }

    /** One case: its counts per kind, and the lines missed and wrongly found. */
    public record Result(String name, Map<String, Count> counts, List<String> missed, List<String> wrong) {

        public Count total() {
            return counts.values().stream().reduce(new Count(0, 0, 0), Count::plus);
        }
    }

    private final ReportFiles files;
    private final ReportExtractor extractor = new ReportExtractor();

    public IngestionEvaluation(ReportFiles files) {
        this.files = files;
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "ingestion/evaluation");
        List<Result> results = new IngestionEvaluation(new FileReportReader()).evaluate(folder);
        print(results, System.out);
    }

    /** Every case of the folder, in the order of their names. */
    public List<Result> evaluate(Path folder) throws IOException {
        List<Result> results = new ArrayList<>();
        try (Stream<Path> cases = Files.list(folder)) {
            for (Path expected : cases.filter(p -> p.getFileName().toString().endsWith(".expected.tsv")).sorted().toList()) {
                String name = expected.getFileName().toString().replace(".expected.tsv", "");
                results.add(evaluate(name, report(folder, name), expected));
            }
        }
        return results;
    }

    private static Path report(Path folder, String name) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(name + ".") && !p.toString().endsWith(".tsv")).findFirst()
                    .orElseThrow(() -> new IOException("no report file for the case " + name));
        }
    }

    Result evaluate(String name, Path report, Path expectedFile) throws IOException {
        List<ProposedFact> facts = extractor.extract(files.read(report.getFileName().toString(), Files.readAllBytes(report), null).text());
        Set<String> read = lines(facts);
        Set<String> expected = new LinkedHashSet<>();
        for (String line : Files.readAllLines(expectedFile, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                expected.add(line.strip());
            }
        }
        Map<String, Count> counts = new LinkedHashMap<>();
        ORDER.forEach(group -> counts.put(group, new Count(0, 0, 0)));
        List<String> missed = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (String line : expected) {
            boolean found = read.contains(line);
            counts.merge(group(line), found ? new Count(1, 0, 0) : new Count(0, 0, 1), Count::plus);
            if (!found) {
                missed.add(line);
            }
        }
        for (String line : read) {
            if (!expected.contains(line)) {
                counts.merge(group(line), new Count(0, 1, 0), Count::plus);
                wrong.add(line);
            }
        }
        return new Result(name, counts, missed, wrong);
    }

    private static String group(String line) {
        return GROUPS.getOrDefault(line.split("\t", 2)[0], "other");
    }

    /** The facts as the cases write them, one line per value compared. */
    static Set<String> lines(List<ProposedFact> facts) {
        Set<String> lines = new LinkedHashSet<>();
        for (ProposedFact f : facts) {
            String key = f.key();
            switch (f.kind()) {
                case HEADING -> lines.add("HEADING\t" + key + "\t" + f.value("value").orElse(""));
                case SECTION -> {
                    lines.add("SECTION\t" + key + "\t" + f.value("heading").orElse(""));
                    f.value("area").ifPresent(area -> lines.add("AREA\t" + key + "\t" + area));
                }
                case ITEM -> lines.add("ITEM\t" + key + "\t" + f.value("text").orElse(""));
                case DOCUMENT -> {
                    lines.add("DOCUMENT\t" + key + "\t" + f.value("kind").orElse(""));
                    f.value("issuedOn").ifPresent(d -> lines.add("DOCUMENT_DATE\t" + key + "\t" + d));
                    f.value("issuer").ifPresent(i -> lines.add("DOCUMENT_ISSUER\t" + key + "\t" + i));
                    f.value("amends").ifPresent(a -> lines.add("DOCUMENT_AMENDS\t" + key + "\t" + a));
                }
                case FIGURE -> {
                    lines.add("FIGURE\t" + key + "\t" + figure(f));
                    for (FactFlag flag : List.of(FactFlag.NEGATIVE_STATEMENT, FactFlag.APPROXIMATE, FactFlag.PERCENT_MISMATCH)) {
                        if (f.flagged(flag)) {
                            lines.add("FIGURE_FLAG\t" + key + "\t" + flag);
                        }
                    }
                }
                case UNIT -> lines.add("UNIT\t" + key + "\t" + f.value("autonomyRegime").orElse(""));
                case RECIPIENT -> lines.add("RECIPIENT\t" + key + "\t" + f.value("text").orElse(""));
                case SIGNER -> {
                    lines.add("SIGNER\tposition\t" + f.value("position").orElse(""));
                    lines.add("SIGNER\tname\t" + f.value("name").orElse(""));
                }
            }
        }
        return lines;
    }

    private static String figure(ProposedFact f) {
        if (f.value("numerator").isPresent()) {
            return f.value("numerator").get() + "/" + f.value("denominator").orElse("");
        }
        if (f.value("value").isEmpty() && f.value("statedPercent").isPresent()) {
            return f.value("statedPercent").get() + "%"; // a rate stated without its x/y
        }
        String about = f.value("approximation").map(a -> a.equals("MORE_THAN") ? ">" : "~").orElse("");
        String percent = f.value("indicator").filter(PERCENTS::contains).map(i -> "%").orElse("");
        return about + f.value("value").orElse("") + percent;
    }

    public static void print(List<Result> results, PrintStream out) {
        out.printf(Locale.ROOT, "%-44s %-10s %6s %6s %6s %9s %7s%n", "case", "kind", "found", "wrong", "missed", "precision", "recall");
        Map<String, Count> all = new LinkedHashMap<>();
        Map<String, Count> others = new LinkedHashMap<>();
        for (Result result : results) {
            result.counts().forEach((group, count) -> {
                if (count.found() + count.wrong() + count.missed() > 0) {
                    row(out, result.name(), group, count);
                }
                all.merge(group, count, Count::plus);
                if (results.indexOf(result) > 0) {
                    others.merge(group, count, Count::plus);
                }
            });
            row(out, result.name(), "all", result.total());
        }
        out.println();
        all.forEach((group, count) -> row(out, "ALL CASES", group, count));
        row(out, "ALL CASES", "all", all.values().stream().reduce(new Count(0, 0, 0), Count::plus));
        row(out, "ALL BUT THE FIRST (SEED)", "all", others.values().stream().reduce(new Count(0, 0, 0), Count::plus));
        for (Result result : results) {
            result.missed().forEach(line -> out.println("missed  " + result.name() + "  " + line));
            result.wrong().forEach(line -> out.println("wrong   " + result.name() + "  " + line));
        }
    }

    private static void row(PrintStream out, String name, String group, Count c) {
        out.printf(Locale.ROOT, "%-44s %-10s %6d %6d %6d %8.1f%% %6.1f%%%n", name, group, c.found(), c.wrong(), c.missed(),
                100 * c.precision(), 100 * c.recall());
    }
}
