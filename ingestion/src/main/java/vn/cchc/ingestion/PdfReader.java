package vn.cchc.ingestion;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import vn.cchc.domain.ingestion.ReportText;
import vn.cchc.domain.ingestion.SourceFormat;
import vn.cchc.domain.ingestion.SourceText;

/**
 * A PDF with a text layer, page by page. A PDF keeps lines, not paragraphs: a new paragraph starts at a list item
 * ("- ", a bullet glyph), at a heading number ("I.", "1.", "5.1."), after an empty line (PDFBox's own paragraph
 * gaps included), after a line much shorter than the page's longest, and at a new page; the other lines are a
 * paragraph wrapped by the layout and joined with a space.
 */
final class PdfReader {

    private static final Pattern STARTS_PARAGRAPH =
            Pattern.compile("^(?:[-\u2013\u2022\u25CF\u25AA\u25E6\u00B7\uF0B7]\\s|[IVXLCDM]+\\.(?:\\s|$)|\\d{1,2}(?:\\.\\d{1,2})*\\.(?:\\s|$))");
    private static final Pattern BULLET = Pattern.compile("^[\u2022\u25CF\u25AA\u25E6\u00B7\uF0B7]\\s+");

    private static final double SHORT_LINE = 0.7;

    ReportText read(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                // Opens without a password but its owner forbade taking the text out.
                throw Refusals.encrypted("PDF");
            }
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw Refusals.empty();
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            // PDFBox's own paragraph detection (a larger gap, an indent) ends a paragraph with an empty line.
            stripper.setParagraphStart("");
            stripper.setParagraphEnd("\n");
            Paragraphs paragraphs = new Paragraphs();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                addPage(stripper.getText(document), paragraphs);
            }
            if (paragraphs.isEmpty()) {
                throw Refusals.scanned("a PDF of scanned pages without a text layer");
            }
            return new ReportText(SourceFormat.PDF, null, new SourceText(paragraphs.list()));
        } catch (InvalidPasswordException e) {
            throw Refusals.encrypted("PDF");
        } catch (IOException e) {
            throw Refusals.unreadable("a PDF", e);
        }
    }

    private static void addPage(String pageText, Paragraphs paragraphs) {
        List<String> lines = Arrays.stream(pageText.split("\r\n|[\r\n]", -1)).map(Paragraphs::clean).toList();
        int longest = lines.stream().mapToInt(String::length).max().orElse(0);
        StringBuilder current = new StringBuilder();
        boolean previousShort = false;
        for (String line : lines) {
            if (line.isEmpty() || previousShort || STARTS_PARAGRAPH.matcher(line).find()) {
                paragraphs.add(current.toString());
                current.setLength(0);
            }
            if (!line.isEmpty()) {
                if (!current.isEmpty()) {
                    current.append(' ');
                }
                // Word's bullets come out of a PDF as a glyph: the same "- " as the other formats give them.
                current.append(BULLET.matcher(line).replaceFirst("- "));
            }
            // A line ending well before the others is the last of its paragraph (a heading, a closing line):
            // a line wrapped by the layout runs nearly to the margin.
            previousShort = line.length() < longest * SHORT_LINE;
        }
        paragraphs.add(current.toString());
    }
}
