package vn.cchc.domain.ingestion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body's outline: sections by their numbering (I, II …; 1, 2 …; 5.1, 5.2 …), each heading matched to the reform
 * area it names, and the paragraphs and "- " bullets under each, word for word. A sentence broken over two lines (a
 * line that ends without punctuation, the next beginning in lower case) is one item.
 */
final class OutlineReader {

    /** A section heading or an item, with the passage the figures and citations are read from. */
    record Entry(FactKind kind, String key, Passage passage, Map<String, String> values) {
    }

    private static final Pattern ROMAN = Pattern.compile("^(?:\\*\\*)?([IVX]{1,5})\\.\\s*(.+?)(?:\\*\\*)?$");
    private static final Pattern SUB = Pattern.compile("^(?:\\*\\*)?(\\d{1,2}\\.\\d{1,2})\\.?\\s+(.+?)(?:\\*\\*)?$");
    private static final Pattern NUMBERED = Pattern.compile("^(?:\\*\\*)?(\\d{1,2})\\.\\s+(.+?)(?:\\*\\*)?$");
    private static final Pattern BULLET = Pattern.compile("^[-–•+]\\s*(.+)$");

    /** The reform areas, by the words of a heading that names one. */
    private static final Map<String, String> AREAS = new LinkedHashMap<>();

    static {
        AREAS.put("chỉ đạo, điều hành", "DIRECTION_AND_MANAGEMENT");
        AREAS.put("chỉ đạo điều hành", "DIRECTION_AND_MANAGEMENT");
        AREAS.put("cải cách thể chế", "INSTITUTIONAL_REFORM");
        AREAS.put("cải cách thủ tục hành chính", "ADMINISTRATIVE_PROCEDURE_REFORM");
        AREAS.put("cải cách tổ chức bộ máy", "APPARATUS_REFORM");
        AREAS.put("cải cách chế độ công vụ", "CIVIL_SERVICE_REFORM");
        AREAS.put("cải cách tài chính công", "PUBLIC_FINANCE_REFORM");
        AREAS.put("chính quyền điện tử", "E_GOVERNMENT");
        AREAS.put("chính phủ điện tử", "E_GOVERNMENT");
        AREAS.put("chính quyền số", "E_GOVERNMENT");
    }

    /** Where the outline starts: the first roman-numbered heading, or in a report without them the first "1.". */
    static int start(SourceText text) {
        for (Pattern first : List.of(ROMAN, NUMBERED)) {
            for (int p = 0; p < text.size(); p++) {
                if (first.matcher(text.paragraph(p)).matches()) {
                    return p;
                }
            }
        }
        return text.size();
    }

    private final List<Entry> entries = new ArrayList<>();
    /** The open sections, outermost first: their paths and whether an area was found on the way. */
    private String romanPath;
    private String numberPath;
    private String subPath;
    private boolean romanArea;
    private boolean numberArea;
    private final Map<String, Integer> itemCounts = new LinkedHashMap<>();

    static List<Entry> read(SourceText text, int start, int end) {
        OutlineReader reader = new OutlineReader();
        for (int p = start; p < end; p++) {
            reader.line(p, text.paragraph(p));
        }
        return reader.entries;
    }

    private void line(int p, String line) {
        Matcher m;
        if ((m = ROMAN.matcher(line)).matches()) {
            romanPath = m.group(1);
            numberPath = null;
            subPath = null;
            romanArea = section(p, line, m, romanPath, false);
        } else if ((m = SUB.matcher(line)).matches() && numberPath != null) {
            subPath = numberPath + "/" + m.group(1);
            section(p, line, m, subPath, romanArea || numberArea);
        } else if ((m = NUMBERED.matcher(line)).matches()) {
            numberPath = romanPath == null ? m.group(1) : romanPath + "/" + m.group(1);
            subPath = null;
            numberArea = section(p, line, m, numberPath, romanArea);
        } else {
            item(p, line);
        }
    }

    private boolean section(int p, String line, Matcher m, String path, boolean areaAbove) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("number", m.group(1));
        values.put("heading", m.group(2).strip());
        String area = areaAbove ? null : areaOf(m.group(2));
        if (area != null) {
            values.put("area", area);
        }
        entries.add(new Entry(FactKind.SECTION, path, Passage.of(p, m.start(2), m.group(2)), values));
        return area != null;
    }

    private void item(int p, String line) {
        String path = subPath != null ? subPath : numberPath != null ? numberPath : romanPath;
        if (path == null) {
            return;
        }
        Matcher bullet = BULLET.matcher(line);
        Entry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
        if (!bullet.matches() && last != null && last.kind() == FactKind.ITEM && continues(last.passage().text(), line)) {
            last.passage().append(p, 0, line);
            last.values().put("text", last.passage().text());
            return;
        }
        int offset = bullet.matches() ? bullet.start(1) : 0;
        String words = line.substring(offset);
        int n = itemCounts.merge(path, 1, Integer::sum);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("text", words);
        values.put("bullet", String.valueOf(bullet.matches()));
        entries.add(new Entry(FactKind.ITEM, path + "#" + n, Passage.of(p, offset, words), values));
    }

    /** A line that goes on with the sentence above it rather than starting a paragraph of its own. */
    private static boolean continues(String above, String line) {
        char end = above.charAt(above.length() - 1);
        return ".;:!?)\"”".indexOf(end) < 0 && Character.isLowerCase(line.codePointAt(0));
    }

    private static String areaOf(String heading) {
        String words = heading.toLowerCase(Locale.ROOT);
        return AREAS.entrySet().stream().filter(area -> words.contains(area.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }
}
