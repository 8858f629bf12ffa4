package vn.cchc.domain.ingestion;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures stated in a passage, as observations of the standard indicators: procedures total, publicised and online,
 * dossiers received, resolved (by field and by kind), online and late, complaints, public service units and their
 * autonomy regimes, ISO 9001:2015 adoption. A ratio keeps its x/y; an approximation ("gần 900", "hơn 12.200") is kept
 * as one, never as an exact value; a zero read from "không có …" says so; a percentage printed beside its own x/y is
 * checked against it and flagged when it does not recompute, never corrected.
 */
final class FigureReader {

    private static final String N = Numbers.WHOLE;
    /** The y of an x/y, right after the slash. */
    private static final String Y = "(?:\\d{1,3}(?:\\.\\d{3})+|\\d+)(?![\\d]|[.,]\\d)";
    private static final String ABOUT = "(?:(?<about>gần|khoảng|xấp xỉ|hơn|trên)\\s+)?";
    private static final String PROCEDURES = "(?:thủ tục hành chính|TTHC|thủ tục)";

    private static final Pattern PUBLICISED = p("(?<x>" + N + ")\\s*/\\s*(?<y>" + Y + ")\\s+" + PROCEDURES
            + "[^.;]*?công khai");
    private static final Pattern LEVEL_RATIO = p("(?:mức độ (?<l1>3|4)|(?<f1>toàn trình))(?:\\s*\\((?:toàn trình|một phần)\\))?\\s*:?\\s+(?:cho\\s+)?(?<x>" + N
            + ")\\s*/\\s*(?<y>" + Y + ")|(?<x2>" + N + ")\\s*/\\s*(?<y2>" + Y + ")\\s+" + PROCEDURES
            + "[^.;]*?(?:mức độ (?<l2>3|4)|(?<f2>toàn trình))");
    private static final Pattern LEVEL_COUNT = p(ABOUT + "(?<n>" + N + ")\\s+" + PROCEDURES
            + "[^.;\\d]*?(?:mức độ (?<l>3|4)|(?<f>toàn trình))");
    private static final Pattern TOTAL = p("[Tt]ổng số\\s+(?:" + PROCEDURES + "[^.;\\d]*?(?:là|:)\\s*)?(?<n>" + N
            + ")(?:\\s+" + PROCEDURES + ")?");
    private static final Pattern RECEIVED_RESOLVED = p("tiếp nhận và giải quyết\\s+(?:được\\s+)?" + ABOUT
            + "(?<n>" + N + ")\\s+hồ sơ");
    private static final Pattern RECEIVED = p("tiếp nhận\\s+(?:mới\\s+)?(?:được\\s+)?" + ABOUT + "(?<n>" + N
            + ")\\s+hồ sơ|hồ sơ (?:đã |được )?tiếp nhận\\s*(?:là|:|\\|)\\s*" + ABOUT.replace("about", "about2")
            + "(?<n2>" + N + ")");
    private static final Pattern RESOLVED = p("(?<!tiếp nhận và )giải quyết\\s+(?:được\\s+|xong\\s+)?" + ABOUT
            + "(?<n>" + N + ")\\s+hồ sơ|hồ sơ (?:đã )?giải quyết\\s*(?:là|:|\\|)\\s*" + ABOUT.replace("about", "about2")
            + "(?<n2>" + N + ")");
    private static final Pattern FIELD = p(ABOUT + "(?<n>" + N + ")\\s+hồ sơ\\s+thuộc\\s+lĩnh vực\\s+(?<label>[^:;.()]+?)"
            + "(?=\\s*[:;.()]|\\s+và\\s+(?:gần |hơn |khoảng )?\\d|,\\s*\\d|$)"
            + "|lĩnh vực\\s+(?<label2>[^;.()\\d]+?)\\s+(?:có\\s+)?" + ABOUT.replace("about", "about2") + "(?<n2>" + N + ")\\s+hồ sơ(?!\\s*(?:nộp|trực tuyến|qua mạng))");
    private static final Pattern KIND_FIRST = p("(?<kind>cấp mới|gia hạn, bổ sung|gia hạn|sửa đổi, bổ sung|điều chỉnh|cấp lại|chứng chỉ)\\s+(?<n>"
            + N + ")\\s+hồ sơ");
    private static final Pattern KIND = p("(?<n>" + N + ")\\s+hồ sơ\\s+(?<label>(?<kind>cấp mới|gia hạn, bổ sung|gia hạn"
            + "|sửa đổi, bổ sung|điều chỉnh|cấp lại|chứng chỉ).*?)(?=,\\s*\\d|\\s+và\\s+\\d|[;.:]|$)");
    private static final Pattern ONLINE = p("(?<x>" + N + ")\\s*/\\s*(?<y>" + Y
            + ")\\s+hồ sơ[^.;]*?(?:qua mạng|trực tuyến)|hồ sơ (?:nộp\\s+)?(?:qua mạng|trực tuyến)\\s*(?:là|:)?\\s*(?<x2>" + N
            + ")\\s*/\\s*(?<y2>" + Y + ")");
    private static final Pattern ONLINE_PERCENT = p("tỷ lệ hồ sơ (?:nộp\\s+)?(?:qua mạng|trực tuyến)\\s+(?:là\\s+|đạt\\s+)?(?<p>"
            + Numbers.DECIMAL + ")\\s*%");
    /** The field a ratio is of, said just before it: "riêng lĩnh vực đất đai có 45/50 hồ sơ". */
    private static final Pattern FIELD_BEFORE = p("lĩnh vực\\s+(?<label>[^,;:.()\\d]+?)\\s+(?:có\\s+)?$");
    private static final Pattern LATE_NONE = p("không (?:có|để xảy ra) (?:hiện tượng |hồ sơ |tình trạng )?(?:trả chậm|quá hạn|trễ hạn)");
    private static final Pattern LATE = p("(?<n>" + N + ")\\s+hồ sơ\\s+(?:bị\\s+)?(?:giải quyết\\s+)?(?:trả chậm|quá hạn|trễ hạn)"
            + "|hồ sơ (?:giải quyết\\s+)?(?:trả chậm|quá hạn|trễ hạn)\\s*(?:là|:|\\|)\\s*(?<n2>" + N + ")");
    private static final Pattern COMPLAINTS_NONE = p("không (?:có|nhận được|phát sinh) (?:bất kỳ )?(?:đơn thư|phản ánh|kiến nghị)");
    private static final Pattern COMPLAINTS = p("(?<n>" + N + ")\\s+(?:đơn thư|đơn phản ánh|đơn kiến nghị|phản ánh|kiến nghị)");
    private static final Pattern SERVICE_UNITS = p("(?<n>" + N + ")\\s+đơn vị sự nghiệp(?:\\s+công lập)?"
            + "(?=\\s*(?:trực thuộc|thuộc|,|;|\\.|$|theo|gồm|trong đó))");
    private static final Pattern REGIME = p("(?<n>" + N + ")\\s+đơn vị\\s+(?:sự nghiệp\\s+)?(?:công lập\\s+)?(?:được\\s+)?(?:do\\s+)?"
            + "(?<regime>tự chủ chi thường xuyên và chi đầu tư|tự chủ một phần chi thường xuyên|tự chủ chi thường xuyên"
            + "|ngân sách nhà nước (?:đảm bảo|bảo đảm) chi thường xuyên|nhà nước (?:đảm bảo|bảo đảm) chi thường xuyên)"
            + "\\s*\\((?<names>[^)]+)\\)");
    private static final String UNIT_WORD = "(?:Trung tâm|Chi cục|Viện|Trường|Bệnh viện|Ban|Đài|Nhà|Bảo tàng|Thư viện|Văn phòng|Quỹ)";
    /** A unit named before its regime: "Bệnh viện Sản Nhi Nghệ An và Bệnh viện … tự chủ chi thường xuyên". */
    private static final Pattern NAMED_REGIME = Pattern.compile("(?<names>" + UNIT_WORD + "\\s[^;:(),]*?)\\s*[,:]?\\s+(?:được\\s+)?(?:do\\s+)?"
            + "(?<regime>tự chủ chi thường xuyên và chi đầu tư|tự chủ một phần chi thường xuyên|tự chủ chi thường xuyên"
            + "|ngân sách nhà nước (?:đảm bảo|bảo đảm) chi thường xuyên|nhà nước (?:đảm bảo|bảo đảm) chi thường xuyên)");
    private static final Pattern UNIT_SPLIT = p("\\s*(?:,|\\s+và)\\s+(?=(?:Trung tâm|Chi cục|Viện|Trường|Bệnh viện"
            + "|Ban|Đài|Nhà|Bảo tàng|Thư viện|Văn phòng|Quỹ)\\b)");
    private static final Pattern ISO = p("ISO 9001\\s*:\\s*2015[^;]*?(?<p>" + Numbers.DECIMAL + ")\\s*%"
            + "|(?<p2>" + Numbers.DECIMAL + ")\\s*%[^.;]*?ISO 9001\\s*:\\s*2015");
    /** A percentage stated in the clause of an x/y, before any other x/y. */
    private static final Pattern STATED_PERCENT = p("^[^/%]*?(?:đạt|bằng|chiếm|là|tỷ lệ)\\s+(?<p>" + Numbers.DECIMAL + ")\\s*%");

    /** Case-insensitive: a sentence may begin with any of these words. */
    private static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private final Passage passage;
    private final String text;
    private final Facts facts;

    private FigureReader(Passage passage, Facts facts) {
        this.passage = passage;
        this.text = passage.text();
        this.facts = facts;
    }

    static void read(Passage passage, Facts facts) {
        new FigureReader(passage, facts).read();
    }

    private void read() {
        Matcher m = PUBLICISED.matcher(text);
        while (m.find()) {
            ratio("PROCEDURES_PUBLICISED", m, "x", "y");
            count("PROCEDURES_TOTAL", m, "y", null);
        }
        m = LEVEL_RATIO.matcher(text);
        while (m.find()) {
            boolean first = m.group("x") != null;
            String level = first ? (m.group("f1") != null ? "4" : m.group("l1")) : (m.group("f2") != null ? "4" : m.group("l2"));
            ratio(level.equals("3") ? "PROCEDURES_ONLINE_LEVEL3" : "PROCEDURES_ONLINE_FULL", m, first ? "x" : "x2", first ? "y" : "y2");
        }
        m = LEVEL_COUNT.matcher(text);
        while (m.find()) {
            String level = m.group("f") != null ? "4" : m.group("l");
            count(level.equals("3") ? "PROCEDURES_ONLINE_LEVEL3" : "PROCEDURES_ONLINE_FULL", m, "n", "about");
        }
        m = TOTAL.matcher(text);
        while (m.find()) {
            if (m.group(0).contains("thủ tục") || m.group(0).contains("TTHC")) {
                count("PROCEDURES_TOTAL", m, "n", null);
            }
        }
        m = RECEIVED_RESOLVED.matcher(text);
        while (m.find()) {
            count("DOSSIERS_RECEIVED", m, "n", "about");
            count("DOSSIERS_RESOLVED", m, "n", "about");
        }
        twoForms("DOSSIERS_RECEIVED", RECEIVED.matcher(text));
        twoForms("DOSSIERS_RESOLVED", RESOLVED.matcher(text));
        breakdowns();
        m = ONLINE.matcher(text);
        while (m.find()) {
            boolean first = m.group("x") != null;
            ratio("DOSSIERS_ONLINE", m, first ? "x" : "x2", first ? "y" : "y2");
        }
        m = ONLINE_PERCENT.matcher(text);
        while (m.find()) {
            Facts.Draft online = figure("DOSSIERS_ONLINE", null, null, m.start("p"), m.end("p") + 1);
            online.put("statedPercent", Numbers.decimal(m.group("p")));
        }
        none("DOSSIERS_LATE", LATE_NONE.matcher(text));
        twoForms("DOSSIERS_LATE", LATE.matcher(text));
        none("COMPLAINTS_RECEIVED", COMPLAINTS_NONE.matcher(text));
        m = COMPLAINTS.matcher(text);
        while (m.find()) {
            count("COMPLAINTS_RECEIVED", m, "n", null);
        }
        m = SERVICE_UNITS.matcher(text);
        while (m.find()) {
            count("PUBLIC_SERVICE_UNITS", m, "n", null);
        }
        units();
        namedUnits();
        m = ISO.matcher(text);
        if (m.find()) {
            String group = m.group("p") != null ? "p" : "p2";
            Facts.Draft iso = figure("ISO_9001_2015_ADOPTION", null, null, m.start(group), m.end(group) + 1)
                    .put("value", Numbers.decimal(m.group(group)));
            String clause = clause(m.start());
            if (clause.contains("địa bàn tỉnh") || clause.contains("cấp tỉnh")) {
                iso.put("scope", "PROVINCE");
            }
        }
    }

    /** The dossiers received by field ("4 hồ sơ thuộc lĩnh vực X: 1 hồ sơ cấp mới …") and by kind. */
    private void breakdowns() {
        Matcher field = FIELD.matcher(text);
        List<int[]> scopes = new java.util.ArrayList<>();
        List<String> labels = new java.util.ArrayList<>();
        while (field.find()) {
            boolean first = field.group("n") != null;
            String label = field.group(first ? "label" : "label2").strip();
            count("DOSSIERS_RECEIVED", field, first ? "n" : "n2", first ? "about" : "about2", label, null, null);
            scopes.add(new int[] {field.end(), text.length()});
            labels.add(label);
            if (scopes.size() > 1) {
                scopes.get(scopes.size() - 2)[1] = field.start();
            }
        }
        Matcher kind = KIND.matcher(text);
        while (kind.find()) {
            String label = null;
            for (int i = 0; i < scopes.size(); i++) {
                if (kind.start() >= scopes.get(i)[0] && kind.start() < scopes.get(i)[1]) {
                    label = labels.get(i);
                }
            }
            count("DOSSIERS_RECEIVED", kind, "n", null, label, member(kind.group("kind")), kind.group("label").strip());
        }
        Matcher kindFirst = KIND_FIRST.matcher(text);
        while (kindFirst.find()) {
            String label = null;
            for (int i = 0; i < scopes.size(); i++) {
                if (kindFirst.start() >= scopes.get(i)[0] && kindFirst.start() < scopes.get(i)[1]) {
                    label = labels.get(i);
                }
            }
            count("DOSSIERS_RECEIVED", kindFirst, "n", null, label, member(kindFirst.group("kind")), kindFirst.group("kind"));
        }
    }

    private static String member(String kind) {
        return switch (kind) {
            case "cấp mới" -> "NEW";
            case "gia hạn, bổ sung" -> "RENEWAL_OR_AMENDMENT";
            case "gia hạn" -> "RENEWAL";
            case "cấp lại" -> "REISSUE";
            case "chứng chỉ" -> "CERTIFICATE";
            default -> "AMENDMENT";
        };
    }

    /** Named public service units and their autonomy regime: "1 đơn vị sự nghiệp tự chủ chi thường xuyên (Trung tâm …)". */
    private void units() {
        Matcher m = REGIME.matcher(text);
        while (m.find()) {
            String regime = regime(m.group("regime"));
            long stated = Numbers.whole(m.group("n"));
            List<Facts.Draft> named = named(m, regime, 0.8);
            if (named.size() != stated) {
                named.forEach(unit -> unit.flag(FactFlag.PARTS_MISMATCH));
            }
        }
    }

    /** Units named before their regime, with no count beside them. */
    private void namedUnits() {
        Matcher m = NAMED_REGIME.matcher(text);
        while (m.find()) {
            named(m, regime(m.group("regime")), 0.7);
        }
    }

    /** The units a match's group "names" lists ("A, B và C"), each a fact with the regime. */
    private List<Facts.Draft> named(Matcher m, String regime, double confidence) {
        String names = m.group("names");
        int at = m.start("names");
        Matcher split = UNIT_SPLIT.matcher(names);
        List<Facts.Draft> units = new java.util.ArrayList<>();
        int from = 0;
        while (true) {
            boolean more = split.find();
            int to = more ? split.start() : names.length();
            String name = names.substring(from, to).strip();
            units.add(facts.add(FactKind.UNIT, name, passage.span(at + from, at + to), confidence).put("name", name)
                    .put("autonomyRegime", regime));
            if (!more) {
                return units;
            }
            from = split.end();
        }
    }

    private static String regime(String words) {
        if (words.contains("chi đầu tư")) {
            return "SELF_FINANCING_RECURRENT_AND_INVESTMENT";
        }
        if (words.contains("một phần")) {
            return "PARTLY_SELF_FINANCING_RECURRENT";
        }
        return words.startsWith("tự chủ") ? "SELF_FINANCING_RECURRENT" : "STATE_FUNDED";
    }

    private void twoForms(String indicator, Matcher m) {
        boolean approximations = m.pattern().pattern().contains("?<about>");
        while (m.find()) {
            boolean first = m.group("n") != null;
            count(indicator, m, first ? "n" : "n2", approximations ? (first ? "about" : "about2") : null);
        }
    }

    private void none(String indicator, Matcher m) {
        if (m.find()) {
            figure(indicator, null, null, m.start(), m.end()).put("value", "0").flag(FactFlag.NEGATIVE_STATEMENT);
        }
    }

    private void count(String indicator, Matcher m, String group, String about) {
        count(indicator, m, group, about, null, null, null);
    }

    private void count(String indicator, Matcher m, String group, String about, String field, String kind, String kindLabel) {
        Facts.Draft figure = figure(indicator, field, kind, m.start(group), m.end(group));
        if (figure.values.containsKey("value") || figure.values.containsKey("numerator")) {
            return; // stated before: the first statement stands
        }
        figure.put("value", Numbers.whole(m.group(group))).put("field", field).put("dossierKind", kind)
                .put("dossierKindLabel", kindLabel);
        String approximation = about == null ? null : m.group(about);
        if (approximation != null) {
            figure.put("approximation", approximation.equals("hơn") || approximation.equals("trên") ? "MORE_THAN" : "NEARLY")
                    .flag(FactFlag.APPROXIMATE);
        }
    }

    private void ratio(String indicator, Matcher m, String x, String y) {
        int clauseStart = Math.max(Math.max(text.lastIndexOf(';', m.start(x)), text.lastIndexOf(". ", m.start(x))), 0);
        Matcher before = FIELD_BEFORE.matcher(text.substring(clauseStart, m.start(x)));
        String field = indicator.startsWith("DOSSIERS") && before.find() ? before.group("label").strip() : null;
        Facts.Draft figure = figure(indicator, field, null, m.start(x), m.end(y)).put("field", field);
        if (figure.values.containsKey("value") || figure.values.containsKey("numerator")) {
            return;
        }
        long numerator = Numbers.whole(m.group(x));
        long denominator = Numbers.whole(m.group(y));
        figure.put("numerator", numerator).put("denominator", denominator);
        int clauseEnd = text.indexOf(';', m.end(y));
        int sentenceEnd = text.indexOf(". ", m.end(y));
        int end = Math.min(clauseEnd < 0 ? text.length() : clauseEnd, sentenceEnd < 0 ? text.length() : sentenceEnd);
        Matcher stated = STATED_PERCENT.matcher(text.substring(m.end(y), end));
        if (stated.find()) {
            String percent = Numbers.decimal(stated.group("p"));
            figure.put("statedPercent", percent);
            // the percentage is checked to the precision it is printed in: "98,7 %" for 104.814/106.014 (98,87 %) is off
            // by more than its last digit, "99 %" is not
            int decimals = percent.indexOf('.') < 0 ? 0 : percent.length() - percent.indexOf('.') - 1;
            if (denominator == 0 || Math.abs(100.0 * numerator / denominator - Double.parseDouble(percent)) >= Math.pow(10, -decimals)) {
                figure.flag(FactFlag.PERCENT_MISMATCH);
            }
        }
    }

    private Facts.Draft figure(String indicator, String field, String kind, int start, int end) {
        String key = indicator + (field == null && kind == null ? ""
                : "[" + (field == null ? "" : "FIELD=" + field) + (field != null && kind != null ? ";" : "")
                + (kind == null ? "" : "DOSSIER_KIND=" + kind) + "]");
        return facts.add(FactKind.FIGURE, key, passage.span(start, Math.min(end, text.length())), 0.85)
                .put("indicator", indicator);
    }

    /** The sentence around a position: from the last ". " or ";" before it to the next. */
    private String clause(int at) {
        int from = Math.max(text.lastIndexOf(". ", at), text.lastIndexOf(';', at)) + 1;
        int to = text.indexOf(';', at);
        return text.substring(from, to < 0 ? text.length() : to).toLowerCase(Locale.ROOT);
    }
}
