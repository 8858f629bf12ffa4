package vn.cchc.ingestion;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;

/**
 * Word's automatic numbering rendered as text ("I. ", "1. ", "5.1. ", "- "): Word keeps the numbers in numbering.xml,
 * not in the paragraph, and without them the report's outline cannot be read. Counts per numbering instance and level
 * in document order; a level advancing restarts the deeper ones.
 */
final class DocxNumbering {

    private static final int LEVELS = 9;

    private final XWPFDocument document;
    private final XWPFNumbering numbering;
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    DocxNumbering(XWPFDocument document) {
        this.document = document;
        this.numbering = document.getNumbering();
    }

    /** The label to put before the paragraph's text, with its space; empty when it has no numbering. */
    String label(XWPFParagraph paragraph) {
        if (numbering == null) {
            return "";
        }
        CTNumPr numPr = numPr(paragraph);
        if (numPr == null || numPr.getNumId() == null) {
            return "";
        }
        BigInteger numId = numPr.getNumId().getVal();
        int level = numPr.getIlvl() == null || numPr.getIlvl().getVal() == null ? 0
                : Math.min(LEVELS - 1, numPr.getIlvl().getVal().intValue());
        XWPFNum num = numId == null ? null : numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return ""; // numId 0, or a dangling one: Word shows no number either
        }
        XWPFAbstractNum abstractNum = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
        if (abstractNum == null) {
            return "";
        }
        CTLvl lvl = lvl(abstractNum.getCTAbstractNum(), level);
        if (lvl == null) {
            return "";
        }
        int[] count = counters.computeIfAbsent(numId, id -> new int[LEVELS]);
        // 0 means "not started": the first paragraph of a level takes its start value.
        count[level] = count[level] == 0 ? start(num.getCTNum(), abstractNum.getCTAbstractNum(), level) : count[level] + 1;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            count[deeper] = 0;
        }
        String format = format(lvl);
        if ("bullet".equals(format)) {
            return "- ";
        }
        if ("none".equals(format)) {
            return "";
        }
        String text = lvl.getLvlText() == null || lvl.getLvlText().getVal() == null ? "%" + (level + 1) + "."
                : lvl.getLvlText().getVal();
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
                int referenced = text.charAt(i + 1) - '1';
                CTLvl referencedLvl = lvl(abstractNum.getCTAbstractNum(), referenced);
                int value = count[referenced] != 0 ? count[referenced]
                        : start(num.getCTNum(), abstractNum.getCTAbstractNum(), referenced);
                // A legal-style level (isLgl) shows the shallower numbers in decimal: "1.1", not "I.1".
                boolean legal = lvl.getIsLgl() != null && referenced != level;
                label.append(render(value, legal || referencedLvl == null ? "decimal" : format(referencedLvl)));
                i++;
            } else {
                label.append(c);
            }
        }
        String rendered = label.toString().strip();
        return rendered.isEmpty() ? "" : rendered + " ";
    }

    /** The paragraph's own numPr, or else its style's (headings are often numbered through the style). */
    private CTNumPr numPr(XWPFParagraph paragraph) {
        var pPr = paragraph.getCTP().getPPr();
        if (pPr != null && pPr.getNumPr() != null) {
            return pPr.getNumPr();
        }
        String styleId = paragraph.getStyleID();
        for (int depth = 0; styleId != null && document.getStyles() != null && depth < 10; depth++) {
            XWPFStyle style = document.getStyles().getStyle(styleId);
            if (style == null) {
                return null;
            }
            var stylePPr = style.getCTStyle().getPPr();
            if (stylePPr != null && stylePPr.getNumPr() != null) {
                return stylePPr.getNumPr();
            }
            styleId = style.getBasisStyleID();
        }
        return null;
    }

    private static CTLvl lvl(CTAbstractNum abstractNum, int level) {
        for (CTLvl lvl : abstractNum.getLvlArray()) {
            if (lvl.getIlvl() != null && lvl.getIlvl().intValue() == level) {
                return lvl;
            }
        }
        return null;
    }

    private static int start(CTNum num, CTAbstractNum abstractNum, int level) {
        for (CTNumLvl override : num.getLvlOverrideArray()) {
            if (override.getIlvl() != null && override.getIlvl().intValue() == level) {
                if (override.getStartOverride() != null) {
                    return value(override.getStartOverride(), 1);
                }
                if (override.getLvl() != null && override.getLvl().getStart() != null) {
                    return value(override.getLvl().getStart(), 1);
                }
            }
        }
        CTLvl lvl = lvl(abstractNum, level);
        return lvl == null || lvl.getStart() == null ? 1 : value(lvl.getStart(), 1);
    }

    private static int value(CTDecimalNumber number, int otherwise) {
        // Counters use 0 for "not started", so a start of 0 counts from 1 (rare in reports).
        return number.getVal() == null ? otherwise : Math.max(1, number.getVal().intValue());
    }

    private static String format(CTLvl lvl) {
        return lvl.getNumFmt() == null || lvl.getNumFmt().getVal() == null ? "decimal" : lvl.getNumFmt().getVal().toString();
    }

    static String render(int value, String format) {
        return switch (format) {
            case "upperRoman" -> roman(value);
            case "lowerRoman" -> roman(value).toLowerCase(java.util.Locale.ROOT);
            case "upperLetter" -> letters(value);
            case "lowerLetter" -> letters(value).toLowerCase(java.util.Locale.ROOT);
            case "decimalZero" -> value < 10 ? "0" + value : Integer.toString(value);
            case "none" -> "";
            default -> Integer.toString(value); // decimal, and the formats a report does not use
        };
    }

    static String roman(int value) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder roman = new StringBuilder();
        int rest = Math.max(1, value);
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                roman.append(symbols[i]);
                rest -= values[i];
            }
        }
        return roman.toString();
    }

    /** Word's letter numbering: A..Z, then AA..ZZ, AAA.. (the letter repeated, not base 26). */
    static String letters(int value) {
        int n = Math.max(1, value) - 1;
        return String.valueOf((char) ('A' + n % 26)).repeat(n / 26 + 1);
    }
}
