package vn.cchc.ingestion;

import java.io.IOException;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import vn.cchc.domain.ingestion.ReportText;
import vn.cchc.domain.ingestion.SourceFormat;
import vn.cchc.domain.ingestion.SourceText;

/**
 * A Word 97–2003 .doc: the paragraphs of its main text, field codes and Word's control marks removed. Automatic
 * numbering is not rendered (HWPF does not expose it reliably) and a table's cells come out one paragraph each.
 */
final class DocReader {

    ReportText read(POIFSFileSystem fileSystem) {
        Paragraphs paragraphs = new Paragraphs();
        try (HWPFDocument document = new HWPFDocument(fileSystem)) {
            Range range = document.getRange();
            for (int i = 0; i < range.numParagraphs(); i++) {
                paragraphs.add(withoutControls(Range.stripFields(range.getParagraph(i).text())));
            }
        } catch (EncryptedDocumentException e) {
            throw Refusals.encrypted("Word document (.doc)");
        } catch (OldWordFileFormatException e) {
            throw Refusals.unsupported("a Word 6/95 document, too old to read (save it as .docx)");
        } catch (IOException e) {
            throw Refusals.unreadable("a Word document (.doc)", e);
        }
        if (paragraphs.isEmpty()) {
            throw Refusals.empty();
        }
        return new ReportText(SourceFormat.DOC, null, new SourceText(paragraphs.list()));
    }

    /** Word's marks in the text stream: cell ends (7), line breaks (11), field marks (19–21), pictures (1, 8). */
    private static String withoutControls(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u000B' || c == '\u0007' || c == '\t' || c == '\r' || c == '\n' || c == '\u00A0') {
                clean.append(' ');
            } else if (c == '\u001E') {
                clean.append('-'); // non-breaking hyphen
            } else if (c >= ' ' && c != '\u001F') {
                clean.append(c);
            }
        }
        return clean.toString();
    }
}
