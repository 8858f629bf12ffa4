package vn.cchc.ingestion;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import vn.cchc.domain.ingestion.ReportFileRefused;
import vn.cchc.domain.ingestion.ReportFileRefused.Reason;
import vn.cchc.domain.ingestion.ReportFiles;
import vn.cchc.domain.ingestion.ReportText;

/**
 * Reads a department's report file into its paragraphs: .docx (Apache POI XWPF, automatic numbering rendered as text),
 * .doc (POI HWPF), a PDF with a text layer (PDFBox) or plain text (charset from the BOM, the declaration, or detected
 * among UTF-8, Windows-1258 and Windows-1252).
 *
 * <p>The format is decided by the content's magic bytes; the file name is only a hint, used in the wording of a
 * refusal. Whatever goes wrong comes out as a {@link ReportFileRefused} with its {@link Reason}: an image or a scanned
 * PDF ({@code SCANNED_IMAGE}), a password ({@code ENCRYPTED}), another format ({@code UNSUPPORTED_FORMAT}), a broken
 * file ({@code UNREADABLE}), no text ({@code EMPTY}), more than the size cap ({@code TOO_LARGE}, checked before any
 * parsing). No exception of POI or PDFBox leaves this class.
 */
@ApplicationScoped
public class FileReportReader implements ReportFiles {

    /** The default cap: a report of a hundred pages with pictures is a few MiB. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};

    private final long maxBytes;

    /** With the default cap of 20 MiB (for CDI). */
    public FileReportReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes the largest file read; a larger one is refused as {@code TOO_LARGE} before it is parsed */
    public FileReportReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the size cap must be positive");
        }
        this.maxBytes = maxBytes;
    }

    @Override
    public ReportText read(String fileName, byte[] content, String declaredCharset) {
        if (content == null || content.length == 0) {
            throw Refusals.empty();
        }
        if (content.length > maxBytes) {
            throw new ReportFileRefused(Reason.TOO_LARGE, "The file is " + mebibytes(content.length)
                    + " MiB, more than the " + mebibytes(maxBytes) + " MiB a report may have.",
                    content.length, maxBytes);
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
        String image = image(content);
        if (image != null) {
            throw Refusals.scanned("an image (" + image + ")");
        }
        try {
            if (startsWith(content, OLE2)) {
                return readOle2(content);
            }
            if (isZip(content)) {
                return readZip(content);
            }
            if (isPdf(content)) {
                return new PdfReader().read(content);
            }
            if (TextReader.looksLikeText(content)) {
                return new TextReader().read(content, declaredCharset);
            }
        } catch (ReportFileRefused refused) {
            throw refused;
        } catch (RuntimeException e) {
            // POI and PDFBox also fail with unchecked exceptions on broken files (POIXMLException,
            // RecordFormatException, IllegalArgumentException, ...): a broken file, whichever it was.
            throw Refusals.unreadable(kind(content), e);
        }
        if (name.endsWith(".docx") || name.endsWith(".doc") || name.endsWith(".pdf") || name.endsWith(".txt")) {
            throw new ReportFileRefused(Reason.UNREADABLE, "The file is named " + fileName.strip()
                    + " but its content is not of that format; " + Refusals.ACCEPTED + ".");
        }
        throw Refusals.unsupported("a binary file of another kind");
    }

    private static ReportText readOle2(byte[] content) {
        POIFSFileSystem fileSystem;
        try {
            fileSystem = new POIFSFileSystem(new ByteArrayInputStream(content));
        } catch (IOException e) {
            throw Refusals.unreadable("an Office 97–2003 file", e);
        }
        try (fileSystem) {
            DirectoryNode root = fileSystem.getRoot();
            if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) {
                // A password-protected .docx (or .xlsx) is stored as an OLE2 container around the encrypted zip.
                throw Refusals.encrypted("Office document");
            }
            if (root.hasEntry("WordDocument")) {
                return new DocReader().read(fileSystem);
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                throw Refusals.unsupported("an Excel workbook (.xls)");
            }
            if (root.hasEntry("PowerPoint Document")) {
                throw Refusals.unsupported("a PowerPoint presentation (.ppt)");
            }
            throw Refusals.unsupported("an Office 97–2003 file that is not a Word document");
        } catch (IOException e) {
            throw Refusals.unreadable("an Office 97–2003 file", e);
        }
    }

    /**
     * A zip's entry names are stored uncompressed in its headers, so a docx is recognised without inflating anything
     * (nor a zip bomb).
     */
    private static ReportText readZip(byte[] content) {
        if (!hasEndOfCentralDirectory(content)) {
            // Cut off (an interrupted upload or copy): its entry list is gone, whatever it was.
            throw Refusals.unreadable("a zip file (.docx)", null);
        }
        if (contains(content, "word/document.xml")) {
            return new DocxReader().read(content);
        }
        if (contains(content, "xl/workbook.xml")) {
            throw Refusals.unsupported("an Excel workbook (.xlsx)");
        }
        if (contains(content, "ppt/presentation.xml")) {
            throw Refusals.unsupported("a PowerPoint presentation (.pptx)");
        }
        if (contains(content, "application/vnd.oasis.opendocument")) {
            throw Refusals.unsupported("an OpenDocument file (.odt, .ods), save it as .docx");
        }
        throw Refusals.unsupported("a zip archive");
    }

    /** The record that ends every complete zip: within its last 64 KiB (the longest comment) and 22 bytes. */
    private static boolean hasEndOfCentralDirectory(byte[] c) {
        byte[] signature = {'P', 'K', 5, 6};
        for (int at = c.length - 22; at >= Math.max(0, c.length - 22 - 65535); at--) {
            if (regionMatches(c, at, signature)) {
                return true;
            }
        }
        return false;
    }

    private static String kind(byte[] content) {
        if (startsWith(content, OLE2)) {
            return "an Office 97–2003 file";
        }
        if (isZip(content)) {
            return "a Word document (.docx)";
        }
        return isPdf(content) ? "a PDF" : "a text file";
    }

    /** The image formats a scanned report comes as, by their magic bytes. */
    private static String image(byte[] c) {
        if (startsWith(c, new byte[] {(byte) 0x89, 'P', 'N', 'G'})) {
            return "PNG";
        }
        if (startsWith(c, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "JPEG";
        }
        if (startsWith(c, "GIF87a".getBytes(StandardCharsets.US_ASCII))
                || startsWith(c, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return "GIF";
        }
        if (startsWith(c, new byte[] {'I', 'I', 0x2A, 0}) || startsWith(c, new byte[] {'M', 'M', 0, 0x2A})) {
            return "TIFF";
        }
        // "BM" alone could begin a text; a BMP's reserved bytes 6-9 are zero, which a text never has.
        if (c.length > 14 && c[0] == 'B' && c[1] == 'M' && c[6] == 0 && c[7] == 0 && c[8] == 0 && c[9] == 0) {
            return "BMP";
        }
        if (c.length > 12 && startsWith(c, "RIFF".getBytes(StandardCharsets.US_ASCII))
                && c[8] == 'W' && c[9] == 'E' && c[10] == 'B' && c[11] == 'P') {
            return "WebP";
        }
        return null;
    }

    private static boolean isZip(byte[] c) {
        return c.length >= 4 && c[0] == 'P' && c[1] == 'K' && (c[2] == 3 || c[2] == 5 || c[2] == 7);
    }

    /** "%PDF-" at the start, or within the first KiB as the PDF specification lets readers accept. */
    private static boolean isPdf(byte[] c) {
        byte[] magic = "%PDF-".getBytes(StandardCharsets.US_ASCII);
        int last = Math.min(c.length - magic.length, 1024);
        for (int at = 0; at <= last; at++) {
            if (regionMatches(c, at, magic)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(byte[] c, String ascii) {
        byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
        for (int at = 0; at <= c.length - needle.length; at++) {
            if (regionMatches(c, at, needle)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] c, byte[] prefix) {
        return c.length >= prefix.length && regionMatches(c, 0, prefix);
    }

    private static boolean regionMatches(byte[] c, int at, byte[] needle) {
        for (int i = 0; i < needle.length; i++) {
            if (c[at + i] != needle[i]) {
                return false;
            }
        }
        return true;
    }

    private static String mebibytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
