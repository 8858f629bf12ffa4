package vn.cchc.domain.ingestion;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The end of a report: "Nơi nhận:" and its lines, the signer's position in capitals ("GIÁM ĐỐC"; "KT. GIÁM ĐỐC" over
 * "PHÓ GIÁM ĐỐC": the last line is the signer's own) and the name under it. Laid out as a table, the cells of a row
 * come joined by " | " and are read one by one.
 */
final class ClosingReader {

    private static final Pattern RECIPIENTS = Pattern.compile("^Nơi nhận\\s*:?\\s*(.*)$");
    private static final Pattern LINE = Pattern.compile("^[-–•+]\\s*(.+?)\\s*[;.,]?$");
    private static final Pattern SIGNED = Pattern.compile("^\\(?(?:Đã ký|đã ký|Ký|ký)(?: và đóng dấu)?\\)?$");

    private ClosingReader() {
    }

    /** Where the closing starts: the "Nơi nhận" line, or the end. */
    static int start(SourceText text, int from) {
        for (int p = from; p < text.size(); p++) {
            for (Passage cell : HeadingReader.cells(text, p)) {
                if (RECIPIENTS.matcher(cell.text()).matches()) {
                    return p;
                }
            }
        }
        return text.size();
    }

    static void read(SourceText text, int start, Facts facts) {
        int recipients = 0;
        Passage position = null;
        Passage name = null;
        for (int p = start; p < text.size(); p++) {
            for (Passage cell : HeadingReader.cells(text, p)) {
                String line = cell.text();
                Matcher m;
                if ((m = RECIPIENTS.matcher(line)).matches()) {
                    continue;
                }
                if ((m = LINE.matcher(line)).matches()) {
                    recipients++;
                    facts.add(FactKind.RECIPIENT, String.valueOf(recipients), cell.span(m.start(1), m.end(1)), 0.9)
                            .put("text", m.group(1));
                } else if (HeadingReader.isCapitals(line)) {
                    position = cell.sub(line.matches("^(?:KT|TL|TM|TUQ)\\..*") ? line.indexOf('.') + 1 : 0, line.length());
                } else if (position != null && name == null && !SIGNED.matcher(line).matches()) {
                    name = cell.sub(0, line.replaceAll("[.\\s]+$", "").length());
                }
            }
        }
        if (position != null && name != null) {
            String title = position.text().strip().toLowerCase(Locale.ROOT);
            facts.add(FactKind.SIGNER, "signer", position.span(0, position.text().length()), 0.85)
                    .put("position", Character.toUpperCase(title.charAt(0)) + title.substring(1))
                    .put("name", name.text());
        }
    }
}
