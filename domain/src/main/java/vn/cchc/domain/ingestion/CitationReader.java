package vn.cchc.domain.ingestion;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.domain.document.DocumentNumber;
import vn.cchc.domain.shared.DomainException;

/**
 * Documents cited with their number, in the printed forms reports use: "Kế hoạch số 56/SKHCN-VP ngày 26/01/2022 của
 * Giám đốc Sở …", "Quyết định số 5165/QĐ-UBND ngày 30 tháng 12 năm 2021 của UBND tỉnh …", "Chỉ thị 17 của Ban thường
 * vụ Tỉnh ủy", "quyết định số 04/2015/QĐ-UBND"; with the date only where it is printed, the issuer as printed after
 * "của", the subject ("về …", or the words before a citation in brackets), "Tham mưu ban hành" (drafted by the
 * reporting unit), and the document an amendment amends ("… sửa đổi, bổ sung … Nghị định số X").
 */
final class CitationReader {

    /** A citation found in a passage, the offsets of its number. */
    record Citation(String number, int start, int end) {
    }

    private static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("kế hoạch", "PLAN");
        KINDS.put("quyết định", "DECISION");
        KINDS.put("nghị định", "DECREE");
        KINDS.put("chỉ thị", "DIRECTIVE");
        KINDS.put("thông tư liên tịch", "CIRCULAR");
        KINDS.put("thông tư", "CIRCULAR");
        KINDS.put("nghị quyết", "RESOLUTION");
        KINDS.put("công văn", "OFFICIAL_LETTER");
        KINDS.put("báo cáo", "REPORT");
    }

    private static final String KIND = "(?<kind>[Kk]ế hoạch|[Qq]uyết định|[Nn]ghị định|[Cc]hỉ thị|[Tt]hông tư liên tịch|[Tt]hông tư"
            + "|[Nn]ghị quyết|[Cc]ông văn|[Bb]áo cáo|KẾ HOẠCH|QUYẾT ĐỊNH|NGHỊ ĐỊNH|CHỈ THỊ|THÔNG TƯ|NGHỊ QUYẾT)";
    private static final Pattern CITATION = Pattern.compile(KIND + "\\s+(?<so>số\\s*:?\\s*)?(?<number>\\d{1,6}[A-Z]?"
            + "(?:\\s*/\\s*\\d{4})?(?:\\s*/\\s*\\p{Lu}[\\p{Lu}\\d&]*(?:-[\\p{Lu}\\d&]+)*)?)(?![\\p{L}\\d])");
    private static final Pattern DATE = Pattern.compile("^\\s*,?\\s*ngày\\s+(?:(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4})"
            + "|(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4}))");
    private static final Pattern ISSUER = Pattern.compile("^\\s+của\\s+(\\p{Lu}.*?)(?=\\s+(?:về|trong|tại|sửa đổi|đối với|trên|theo|quy định|ban hành|hướng dẫn)\\s|\\s+và\\s+" + KIND + "|[,;:()]|\\.(?:\\s|/|$)|$)");
    private static final Pattern SUBJECT = Pattern.compile("^\\s*,?\\s*((?:về|sửa đổi|quy định|hướng dẫn|ban hành)\\s.*?)\\s*(?=;|\\)|\\./\\.|\\.\\s|\\.?$)");
    private static final Pattern DRAFTED_BEFORE = Pattern.compile("[Tt]ham mưu (?:cho [^,;]+ )?ban hành\\s*$");
    private static final Pattern DRAFTED_CLAUSE = Pattern.compile("^[Tt]ham mưu (?:cho [^,;]+ )?ban hành\\s+");
    private static final Pattern PLAN_YEAR = Pattern.compile("năm\\s+(\\d{4})");

    private CitationReader() {
    }

    /** Reads the documents a passage cites into {@code facts}; their numbers, in order, for the passage's fact. */
    static List<String> read(Passage passage, Facts facts) {
        String text = passage.text();
        List<Citation> citations = new ArrayList<>();
        Matcher m = CITATION.matcher(text);
        while (m.find()) {
            String kind = KINDS.get(m.group("kind").toLowerCase(Locale.ROOT));
            String printed = m.group("number");
            boolean numbered = printed.contains("/") || m.group("so") != null || kind.equals("DIRECTIVE");
            String number = numbered ? normal(printed) : null;
            if (number == null) {
                continue;
            }
            citations.add(new Citation(number, m.start("number"), m.end("number")));
            Facts.Draft document = facts.add(FactKind.DOCUMENT, number, passage.span(m.start(), m.end()), 0.9)
                    .put("number", number).put("kind", kind);
            String rest = text.substring(m.end());
            Matcher date = DATE.matcher(rest);
            if (date.find()) {
                document.put("issuedOn", date(date));
                rest = rest.substring(date.end());
            }
            Matcher issuer = ISSUER.matcher(rest);
            if (issuer.find()) {
                document.put("issuer", issuer.group(1).strip());
                rest = rest.substring(issuer.end());
            }
            Matcher subject = SUBJECT.matcher(rest);
            String before = text.substring(0, m.start());
            if (subject.find()) {
                document.put("subject", subject.group(1));
            } else if (before.endsWith("(")) {
                document.put("subject", bracketed(before.substring(0, before.length() - 1).strip(), kind));
            }
            boolean drafted = before.endsWith("(") ? DRAFTED_CLAUSE.matcher(leading(before)).find()
                    : DRAFTED_BEFORE.matcher(before).find();
            if (drafted) {
                document.put("drafted", "true");
            }
            if (kind.equals("PLAN")) {
                plan(document);
            }
        }
        amendments(text, citations, facts);
        return citations.stream().map(Citation::number).distinct().toList();
    }

    private static final Pattern UNNUMBERED = Pattern.compile(KIND + "\\s+(?<words>[^;.()]+)");

    /**
     * Documents a passage names without their number ("triển khai Kế hoạch cải cách hành chính nhà nước năm 2022 của
     * Sở …"): a document of that kind cited elsewhere in the report with a number, every word of whose subject the
     * passage gives after the kind's name.
     */
    static List<String> unnumbered(Passage passage, Facts facts) {
        List<String> found = new ArrayList<>();
        String text = passage.text();
        Matcher m = UNNUMBERED.matcher(text);
        while (m.find()) {
            String kind = KINDS.get(m.group("kind").toLowerCase(Locale.ROOT));
            List<String> words = words(m.group("words"));
            boolean subjectOfBracket = text.startsWith("(", m.end()) && CITATION.matcher(text.substring(m.end() + 1)).lookingAt();
            if (words.isEmpty() || Character.isDigit(words.get(0).charAt(0)) || words.get(0).equals("số") || subjectOfBracket) {
                continue; // a numbered citation, or the subject of one in brackets: read already
            }
            Facts.Draft best = null;
            int bestSize = 0;
            boolean tie = false;
            for (Facts.Draft document : facts.all(FactKind.DOCUMENT)) {
                List<String> subject = words(document.values.getOrDefault("subject", ""));
                if (!subject.isEmpty() && subject.get(0).equals(m.group("kind").toLowerCase(Locale.ROOT).split(" ")[0])) {
                    subject = subject.subList(m.group("kind").split(" ").length, subject.size());
                }
                if (kind.equals(document.values.get("kind")) && subject.size() >= 4 && words.containsAll(subject)) {
                    tie = subject.size() == bestSize;
                    if (subject.size() > bestSize) {
                        best = document;
                        bestSize = subject.size();
                    }
                }
            }
            if (best != null && !tie) {
                found.add(best.key); // the one whose whole subject it names, and no other as well
            }
        }
        return found;
    }

    private static List<String> words(String text) {
        return java.util.Arrays.stream(text.toLowerCase(Locale.ROOT).split("[\\s,:]+"))
                .filter(word -> !word.isEmpty() && !word.equals("về")).toList();
    }

    /** "X sửa đổi, bổ sung … của Nghị định số Y": X amends Y. */
    private static void amendments(String text, List<Citation> citations, Facts facts) {
        for (int i = 0; i + 1 < citations.size(); i++) {
            String between = text.substring(citations.get(i).end(), citations.get(i + 1).start());
            if (between.strip().startsWith("sửa đổi") && !between.contains(";")) {
                facts.get(FactKind.DOCUMENT, citations.get(i).number()).put("amends", citations.get(i + 1).number());
            }
        }
    }

    private static void plan(Facts.Draft document) {
        String subject = document.values.getOrDefault("subject", "");
        Matcher year = PLAN_YEAR.matcher(subject);
        if (year.find()) {
            document.put("planYear", year.group(1));
        }
        String words = subject.toLowerCase(Locale.ROOT);
        String type = words.contains("tuyên truyền") || words.contains("truyền thông") ? "COMMUNICATION"
                : words.contains("kiểm tra") ? "INSPECTION"
                : words.contains("kiểm soát thủ tục") ? "PROCEDURE_CONTROL"
                : words.contains("đào tạo") || words.contains("bồi dưỡng") ? "TRAINING"
                : words.contains("cải cách hành chính") ? "ADMINISTRATIVE_REFORM" : null;
        document.put("planType", type);
    }

    /** The subject before a citation in brackets: "Kế hoạch … năm 2022 (Kế hoạch số …)"; "Tham mưu ban hành Quyết định X (…)" is about X. */
    private static String bracketed(String before, String kind) {
        String subject = leading(before + "(");  // the clause the bracket closes
        Matcher drafted = DRAFTED_CLAUSE.matcher(subject);
        if (drafted.find()) {
            subject = subject.substring(drafted.end());
            for (Map.Entry<String, String> word : KINDS.entrySet()) {
                if (word.getValue().equals(kind) && subject.toLowerCase(Locale.ROOT).startsWith(word.getKey() + " ")) {
                    subject = subject.substring(word.getKey().length() + 1);
                }
            }
        }
        return subject.isBlank() ? null : subject;
    }

    /** The clause a bracket closes: from the last ";" or ". " before it. */
    private static String leading(String before) {
        String clause = before.substring(0, before.length() - 1);
        int cut = Math.max(clause.lastIndexOf(';'), clause.lastIndexOf(". "));
        return clause.substring(cut + 1).strip();
    }

    private static String date(Matcher date) {
        int base = date.group(1) != null ? 1 : 4;
        try {
            return LocalDate.of(Integer.parseInt(date.group(base + 2)), Integer.parseInt(date.group(base + 1)),
                    Integer.parseInt(date.group(base))).toString();
        } catch (DateTimeException impossible) {
            return null; // a date that does not exist is not proposed; the reviewer sees the citation without it
        }
    }

    private static String normal(String printed) {
        try {
            return DocumentNumber.parse(printed).printed();
        } catch (DomainException notANumber) {
            return null;
        }
    }
}
