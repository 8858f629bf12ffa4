package vn.cchc.ingestion;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import vn.cchc.domain.ingestion.ReportText;
import vn.cchc.domain.ingestion.SourceFormat;
import vn.cchc.domain.ingestion.SourceText;

/**
 * A .docx: the body in document order, each paragraph with its automatic number as text, each table row one paragraph
 * of its cells joined with " | ". Headers and footers are not the report.
 */
final class DocxReader {

    ReportText read(byte[] content) {
        Paragraphs paragraphs = new Paragraphs();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            DocxNumbering numbering = new DocxNumbering(document);
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    paragraphs.add(numbered(paragraph, numbering));
                } else if (element instanceof XWPFTable table) {
                    addTable(table, paragraphs);
                } else if (element instanceof XWPFSDT sdt) {
                    // A content control (a form field around text): its text as one paragraph.
                    paragraphs.add(sdt.getContent().getText());
                }
            }
        } catch (IOException e) {
            throw Refusals.unreadable("a Word document (.docx)", e);
        }
        if (paragraphs.isEmpty()) {
            throw Refusals.empty();
        }
        return new ReportText(SourceFormat.DOCX, null, new SourceText(paragraphs.list()));
    }

    private static String numbered(XWPFParagraph paragraph, DocxNumbering numbering) {
        // The label is computed even for an empty paragraph: Word counts it, so the next number must too.
        String label = numbering.label(paragraph);
        String text = Paragraphs.clean(paragraph.getText());
        if (text.isEmpty()) {
            return "";
        }
        if (label.equals("- ") && text.startsWith("- ")) {
            return text; // a bullet list whose items also have a typed dash: one dash, not two
        }
        return label + text;
    }

    private static void addTable(XWPFTable table, Paragraphs paragraphs) {
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            boolean any = false;
            for (XWPFTableCell cell : row.getTableCells()) {
                String text = Paragraphs.clean(cell.getText());
                any |= !text.isEmpty();
                cells.add(text);
            }
            if (any) {
                paragraphs.add(String.join(" | ", cells));
            }
        }
    }
}
