package vn.cchc.domain.ingestion;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heading above the first section: the issuing body, "Số: …", "Place, ngày … năm …", "BÁO CÁO" and the title,
 * and from the title the period reported on. A heading laid out as a table (Word's usual form) comes as cells joined
 * by " | "; each cell is read on its own.
 */
final class HeadingReader {

    private static final Pattern NUMBER = Pattern.compile("^Số\\s*:\\s*(.*)$");
    private static final Pattern PLACE_DATE = Pattern.compile("^(\\p{Lu}[^,]{1,40}),\\s*(ngày\\b.*\\bnăm\\s+\\d{4})\\s*\\.?$");
    private static final Pattern REPORT = Pattern.compile("^BÁO\\s+CÁO\\b\\s*(.*)$");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*");
    private static final List<String> NATIONAL = List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "ĐỘC LẬP - TỰ DO - HẠNH PHÚC");

    private static final Pattern QUARTER = Pattern.compile("quý\\s+(I{1,3}|IV|[1-4])\\s+năm\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern HALF = Pattern.compile("(?:6|sáu)\\s+tháng\\s+(đầu|cuối)\\s+năm\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern NINE = Pattern.compile("(?:9|chín)\\s+tháng\\s+(?:đầu\\s+)?năm\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("năm\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);

    private HeadingReader() {
    }

    static void read(SourceText text, int end, Facts facts) {
        Passage issuer = null;
        Passage title = null;
        boolean titleNext = false;
        boolean numberSeen = false;
        for (int p = 0; p < end; p++) {
            for (Passage cell : cells(text, p)) {
                String line = cell.text();
                if (NATIONAL.contains(line.toUpperCase(Locale.ROOT).replace('–', '-').replaceAll("\\s+", " ").strip())
                        || line.matches("[-_–=*. ]+")) {
                    continue;
                }
                Matcher m;
                if ((m = NUMBER.matcher(line)).matches()) {
                    numberSeen = true;
                    if (!m.group(1).isBlank()) {
                        Facts.Draft number = heading(facts, "number", cell.sub(m.start(1), m.end(1)), 0.95);
                        if (m.group(1).startsWith("/")) {
                            number.flag(FactFlag.INCOMPLETE);
                        }
                    }
                } else if ((m = PLACE_DATE.matcher(line)).matches()) {
                    heading(facts, "place", cell.sub(m.start(1), m.end(1)), 0.9);
                    Facts.Draft date = heading(facts, "dateLine", cell.sub(m.start(2), m.end(2)), 0.9);
                    if (!m.group(2).matches("ngày\\s+\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4}")) {
                        date.flag(FactFlag.INCOMPLETE);
                    }
                } else if ((m = REPORT.matcher(unemphasised(line))).matches()) {
                    int at = line.indexOf(m.group(1).isEmpty() ? "" : firstWord(m.group(1)), "BÁO CÁO".length());
                    if (m.group(1).isBlank()) {
                        titleNext = true;
                    } else {
                        title = titleOf(cell.sub(Math.max(at, 0), line.length()));
                    }
                } else if (titleNext || (title != null && Character.isLowerCase(line.codePointAt(0)))) {
                    // the title on the line after "BÁO CÁO", or going on over a second line
                    Passage more = titleOf(cell);
                    title = title == null ? more : title.join(more);
                    titleNext = false;
                } else if (!numberSeen && title == null && isCapitals(line)) {
                    issuer = cell;  // the last body named above the number is the one that issues: "UBND TỈNH …" / "SỞ …"
                }
            }
        }
        if (issuer != null) {
            heading(facts, "issuer", issuer, 0.8);
        }
        if (title != null) {
            heading(facts, "title", title, 0.9);
            period(title, facts);
        }
    }

    private static Facts.Draft heading(Facts facts, String field, Passage passage, double confidence) {
        return facts.add(FactKind.HEADING, field, passage.whole(), confidence).put("value", passage.text().strip());
    }

    private static void period(Passage title, Facts facts) {
        String words = title.text();
        Matcher m;
        String value;
        if ((m = QUARTER.matcher(words)).find()) {
            value = "QUARTER " + m.group(2) + " " + quarter(m.group(1));
        } else if ((m = HALF.matcher(words)).find()) {
            value = "HALF_YEAR " + m.group(2) + " " + (m.group(1).equalsIgnoreCase("đầu") ? 1 : 2);
        } else if ((m = NINE.matcher(words)).find()) {
            value = "NINE_MONTHS " + m.group(1) + " 1";
        } else if ((m = YEAR.matcher(words)).find()) {
            value = "YEAR " + m.group(1);
        } else {
            return;
        }
        facts.add(FactKind.HEADING, "period", title.span(m.start(), m.end()), 0.9).put("value", value);
    }

    private static int quarter(String printed) {
        return switch (printed.toUpperCase(Locale.ROOT)) {
            case "I", "1" -> 1;
            case "II", "2" -> 2;
            case "III", "3" -> 3;
            default -> 4;
        };
    }

    /** The title without the "**" marks of a text converted from Word, its span still on the printed words. */
    private static Passage titleOf(Passage cell) {
        String line = cell.text();
        int start = 0;
        int end = line.length();
        while (start < end && (line.charAt(start) == '*' || Character.isWhitespace(line.charAt(start)))) {
            start++;
        }
        while (end > start && (line.charAt(end - 1) == '*' || Character.isWhitespace(line.charAt(end - 1)))) {
            end--;
        }
        return cell.sub(start, end);
    }

    private static String unemphasised(String line) {
        return EMPHASIS.matcher(line).replaceAll("").strip();
    }

    private static String firstWord(String text) {
        String plain = text.strip();
        int space = plain.indexOf(' ');
        return space < 0 ? plain : plain.substring(0, space);
    }

    static boolean isCapitals(String line) {
        boolean letters = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters && line.length() >= 3;
    }

    private static final Pattern CELL_BAR = Pattern.compile("(?:^|\\s)\\|(?:\\s|$)");

    /** A paragraph's cells: itself, or its " | "-joined table cells (an empty cell leaves a bar at an end), each with its offset. */
    static List<Passage> cells(SourceText text, int p) {
        String paragraph = text.paragraph(p);
        List<Passage> cells = new java.util.ArrayList<>();
        Matcher bar = CELL_BAR.matcher(paragraph);
        int from = 0;
        while (true) {
            boolean found = bar.find();
            int to = found ? bar.start() : paragraph.length();
            String cell = paragraph.substring(from, to);
            if (!cell.isBlank()) {
                cells.add(Passage.of(p, from + cell.length() - cell.stripLeading().length(), cell.strip()));
            }
            if (!found) {
                return cells;
            }
            from = bar.end();
        }
    }
}
