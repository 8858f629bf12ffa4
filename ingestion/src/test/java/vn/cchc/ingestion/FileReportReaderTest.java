package vn.cchc.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cchc.domain.ingestion.ReportFileRefused;
import vn.cchc.domain.ingestion.ReportFileRefused.Reason;

/** Each way a file is refused, by its reason; never an exception of POI or PDFBox. */
class FileReportReaderTest {

    private final FileReportReader reader = new FileReportReader();

    private static void assertRefused(Runnable read, Reason reason, String... words) {
        assertThatThrownBy(read::run).isInstanceOfSatisfying(ReportFileRefused.class, refused -> {
            assertThat(refused.reason()).isEqualTo(reason);
            assertThat(refused.code()).isEqualTo("FILE_" + reason.name());
            for (String word : words) {
                assertThat(refused.getMessage()).contains(word);
            }
        });
    }

    @Test
    void anImageIsAScan() {
        assertRefused(() -> reader.read("scan.png", Fixtures.png(), null), Reason.SCANNED_IMAGE, "image", "OCR");
        assertRefused(() -> reader.read("scan.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16},
                null), Reason.SCANNED_IMAGE, "JPEG");
        assertRefused(() -> reader.read("scan.tif", new byte[] {'I', 'I', 42, 0, 8, 0, 0, 0}, null),
                Reason.SCANNED_IMAGE, "TIFF");
    }

    @Test
    void anImageNamedLikeAReportIsStillAScan() {
        assertRefused(() -> reader.read("bao-cao.docx", Fixtures.png(), null), Reason.SCANNED_IMAGE);
    }

    @Test
    void aPdfOfScannedPagesIsAScan() {
        assertRefused(() -> reader.read("scan.pdf", Fixtures.imagePdf(), null), Reason.SCANNED_IMAGE, "OCR");
    }

    @Test
    void aPdfWithAPasswordIsEncrypted() {
        assertRefused(() -> reader.read("mat.pdf", Fixtures.encryptedPdf(), null), Reason.ENCRYPTED, "password");
    }

    @Test
    void aPdfWhoseOwnerForbidsExtractingTheTextIsEncrypted() {
        assertRefused(() -> reader.read("mat.pdf", Fixtures.noExtractionPdf(), null), Reason.ENCRYPTED);
    }

    @Test
    void aDocxWithAPasswordIsEncrypted() {
        byte[] encrypted = Fixtures.encrypted(Fixtures.docxOf(List.of("Báo cáo mật")));

        assertRefused(() -> reader.read("mat.docx", encrypted, null), Reason.ENCRYPTED, "password");
    }

    @Test
    void otherOfficeFilesAndArchivesAreUnsupportedNamingWhatIsAccepted() {
        assertRefused(() -> reader.read("chi-tieu.xlsx", Fixtures.xlsx(), null), Reason.UNSUPPORTED_FORMAT,
                ".xlsx", ".docx", ".doc", ".txt", "PDF");
        assertRefused(() -> reader.read("chi-tieu.xls", Fixtures.xls(), null), Reason.UNSUPPORTED_FORMAT, ".xls", ".docx");
        assertRefused(() -> reader.read("a.zip", Fixtures.zip("a.txt", "x".getBytes(StandardCharsets.US_ASCII)), null),
                Reason.UNSUPPORTED_FORMAT, "zip");
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertRefused(() -> reader.read("setup.exe", exe, null), Reason.UNSUPPORTED_FORMAT, ".docx");
    }

    @Test
    void binaryContentNamedAsAReportIsUnreadable() {
        byte[] binary = new byte[64];
        binary[10] = 7;
        assertRefused(() -> reader.read("bao-cao.docx", binary, null), Reason.UNREADABLE, "bao-cao.docx");
    }

    @Test
    void aBrokenDocxIsUnreadable() {
        byte[] garbageXml = Fixtures.zip("word/document.xml", "<w:document><w:body><w:p".getBytes(StandardCharsets.UTF_8));
        assertRefused(() -> reader.read("bao-cao.docx", garbageXml, null), Reason.UNREADABLE);

        byte[] docx = Fixtures.docxOf(List.of("Báo cáo"));
        byte[] truncated = Arrays.copyOf(docx, docx.length / 2);
        assertRefused(() -> reader.read("bao-cao.docx", truncated, null), Reason.UNREADABLE);
    }

    @Test
    void aBrokenPdfIsUnreadable() {
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\ngarbage".getBytes(StandardCharsets.US_ASCII);
        assertRefused(() -> reader.read("bao-cao.pdf", pdf, null), Reason.UNREADABLE);

        byte[] whole = Fixtures.textPdf(List.of(List.of("Bao cao")));
        byte[] truncated = Arrays.copyOf(whole, 40);
        assertRefused(() -> reader.read("bao-cao.pdf", truncated, null), Reason.UNREADABLE);
    }

    /** No .doc fixture can be made with POI: only a Word stream that is garbage, which must not escape as POI's. */
    @Test
    void aBrokenDocIsUnreadable() {
        assertRefused(() -> reader.read("bao-cao.doc", Fixtures.brokenDoc(), null), Reason.UNREADABLE);
    }

    @Test
    void nothingToReadIsEmpty() {
        assertRefused(() -> reader.read("a.txt", new byte[0], null), Reason.EMPTY);
        assertRefused(() -> reader.read("a.txt", null, null), Reason.EMPTY);
        assertRefused(() -> reader.read("a.txt", " \n\t\n\u00A0\r\n".getBytes(StandardCharsets.UTF_8), null), Reason.EMPTY);
        assertRefused(() -> reader.read("a.docx", Fixtures.docxOf(List.of("", "  ")), null), Reason.EMPTY);
    }

    @Test
    void aFileOverTheCapIsTooLargeBeforeItIsParsed() {
        FileReportReader capped = new FileReportReader(1024);
        byte[] big = new byte[1025];
        Arrays.fill(big, (byte) 'a');
        assertRefused(() -> capped.read("a.txt", big, null), Reason.TOO_LARGE, "MiB");
        // Not parsed: a broken docx over the cap is too large, not unreadable.
        byte[] brokenBig = Arrays.copyOf(Fixtures.zip("word/document.xml", new byte[10]), 2048);
        assertRefused(() -> capped.read("a.docx", brokenBig, null), Reason.TOO_LARGE);
        assertThat(new FileReportReader().read("a.txt", big, null).text().paragraphs()).hasSize(1);
    }

    @Test
    void theContentDecidesTheFormatNotTheName() {
        assertThat(reader.read("bao-cao.pdf", Fixtures.docxOf(List.of("Báo cáo")), null).format())
                .isEqualTo(vn.cchc.domain.ingestion.SourceFormat.DOCX);
        assertThat(reader.read("bao-cao.docx", "Báo cáo".getBytes(StandardCharsets.UTF_8), null).format())
                .isEqualTo(vn.cchc.domain.ingestion.SourceFormat.TEXT);
    }
}
