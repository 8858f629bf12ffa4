package vn.cchc.domain.ingestion;

import java.util.List;

/**
 * Reads a report's text into the facts it states, each with the words it came from: the heading, the outline and
 * its items, the documents cited, the figures, the named units, the recipients and the signer. It proposes; a
 * reviewer decides. Nothing is proposed that the text does not say: a value not printed stays absent.
 */
public final class ReportExtractor {

    /** The facts in the order the report states them, numbered from 1. */
    public List<ProposedFact> extract(SourceText text) {
        Facts facts = new Facts();
        int outline = OutlineReader.start(text);
        int closing = ClosingReader.start(text, outline);
        HeadingReader.read(text, outline, facts);
        for (int p = 0; p < outline; p++) {
            // documents an opening paragraph cites ("Thực hiện Công văn số … của Sở Nội vụ"), though it is no item
            for (Passage cell : HeadingReader.cells(text, p)) {
                CitationReader.read(cell, facts);
            }
        }
        List<OutlineReader.Entry> entries = OutlineReader.read(text, outline, closing);
        for (OutlineReader.Entry entry : entries) {
            Facts.Draft fact = facts.add(entry.kind(), entry.key(), entry.passage().whole(), 0.95);
            entry.values().forEach(fact::put);
            List<String> cited = CitationReader.read(entry.passage(), facts);
            if (!cited.isEmpty()) {
                fact.put("documents", String.join(", ", cited));
            }
            if (entry.kind() == FactKind.ITEM) {
                FigureReader.read(entry.passage(), facts);
            }
        }
        for (OutlineReader.Entry entry : entries) {
            // documents named without their number, once every numbered citation is known
            Facts.Draft fact = facts.get(entry.kind(), entry.key());
            List<String> named = CitationReader.unnumbered(entry.passage(), facts).stream()
                    .filter(number -> !List.of(fact.values.getOrDefault("documents", "").split(", ")).contains(number))
                    .distinct().toList();
            if (!named.isEmpty()) {
                String cited = fact.values.remove("documents");
                fact.put("documents", (cited == null ? "" : cited + ", ") + String.join(", ", named));
            }
        }
        ClosingReader.read(text, closing, facts);
        List<ProposedFact> proposed = facts.proposed();
        for (int i = 0; i < proposed.size(); i++) {
            proposed.get(i).number(i + 1);
        }
        return proposed;
    }
}
