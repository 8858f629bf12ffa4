package vn.cchc.ingestion;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Report files of every kind, made in the test with POI, PDFBox and ImageIO. */
final class Fixtures {

    private Fixtures() {
    }

    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    static byte[] bytes(Writer writer) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            writer.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A .docx of plain paragraphs, one per line. */
    static byte[] docxOf(List<String> lines) {
        return bytes(out -> {
            try (XWPFDocument document = new XWPFDocument()) {
                for (String line : lines) {
                    document.createParagraph().createRun().setText(line);
                }
                document.write(out);
            }
        });
    }

    /** A numbering definition level: its format, its text ("%1.", "%1.%2.") and its start value. */
    static void level(CTAbstractNum abstractNum, int level, STNumberFormat.Enum format, String text, int start) {
        CTLvl lvl = abstractNum.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(level));
        lvl.addNewStart().setVal(BigInteger.valueOf(start));
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
    }

    static BigInteger numbering(XWPFDocument document, int abstractId, java.util.function.Consumer<CTAbstractNum> levels) {
        XWPFNumbering numbering = document.getNumbering() == null ? document.createNumbering() : document.getNumbering();
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.valueOf(abstractId));
        levels.accept(abstractNum);
        BigInteger id = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
        return numbering.addNum(id);
    }

    static XWPFParagraph paragraph(XWPFDocument document, String text, BigInteger numId, int level) {
        XWPFParagraph paragraph = document.createParagraph();
        if (text != null) {
            paragraph.createRun().setText(text);
        }
        if (numId != null) {
            paragraph.setNumID(numId);
            paragraph.setNumILvl(BigInteger.valueOf(level));
        }
        return paragraph;
    }

    /** The .docx bytes wrapped by POI's agile encryption, as Word saves a document with a password. */
    static byte[] encrypted(byte[] docx) {
        return bytes(out -> {
            try (POIFSFileSystem fileSystem = new POIFSFileSystem()) {
                EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
                Encryptor encryptor = info.getEncryptor();
                encryptor.confirmPassword("mat-khau");
                try (OutputStream data = encryptor.getDataStream(fileSystem)) {
                    data.write(docx);
                } catch (java.security.GeneralSecurityException e) {
                    throw new IOException(e);
                }
                fileSystem.writeFilesystem(out);
            }
        });
    }

    /** A text PDF: each page a list of lines in Helvetica ("" for an empty line), 14 points apart. */
    static byte[] textPdf(List<List<String>> pages) {
        return textPdf(pages, null);
    }

    /** The same with a TrueType font embedded (for Vietnamese, which Helvetica's WinAnsi encoding lacks). */
    static byte[] textPdf(List<List<String>> pages, java.io.File trueType) {
        return bytes(out -> {
            try (PDDocument document = new PDDocument()) {
                org.apache.pdfbox.pdmodel.font.PDFont font = trueType == null
                        ? new PDType1Font(Standard14Fonts.FontName.HELVETICA)
                        : org.apache.pdfbox.pdmodel.font.PDType0Font.load(document, trueType);
                for (List<String> lines : pages) {
                    PDPage page = new PDPage(PDRectangle.A4);
                    document.addPage(page);
                    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                        content.beginText();
                        content.setFont(font, 11);
                        content.setLeading(14);
                        content.newLineAtOffset(50, 780);
                        for (String line : lines) {
                            if (!line.isEmpty()) {
                                content.showText(line);
                            }
                            content.newLine();
                        }
                        content.endText();
                    }
                }
                document.save(out);
            }
        });
    }

    /** A PDF of one scanned page: an image and no text. */
    static byte[] imagePdf() {
        return bytes(out -> {
            try (PDDocument document = new PDDocument()) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                PDImageXObject image = LosslessFactory.createFromImage(document, image(60, 80));
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(image, 50, 300, 300, 400);
                }
                document.save(out);
            }
        });
    }

    static byte[] encryptedPdf() {
        byte[] plain = textPdf(List.of(List.of("Bao cao mat")));
        return bytes(out -> {
            try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(plain)) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("chu", "nguoi-doc", new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
                document.save(out);
            }
        });
    }

    /** Opens without a password, but its owner forbade extracting the text. */
    static byte[] noExtractionPdf() {
        byte[] plain = textPdf(List.of(List.of("Bao cao")));
        return bytes(out -> {
            try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(plain)) {
                AccessPermission permission = new AccessPermission();
                permission.setCanExtractContent(false);
                StandardProtectionPolicy policy = new StandardProtectionPolicy("chu", "", permission);
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
                document.save(out);
            }
        });
    }

    static byte[] png() {
        return bytes(out -> ImageIO.write(image(8, 8), "png", out));
    }

    private static BufferedImage image(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.BLACK);
        graphics.drawLine(0, 0, width - 1, height - 1);
        graphics.dispose();
        return image;
    }

    static byte[] xlsx() {
        return bytes(out -> {
            try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                workbook.createSheet("Chi tieu").createRow(0).createCell(0).setCellValue("TTHC");
                workbook.write(out);
            }
        });
    }

    static byte[] xls() {
        return bytes(out -> {
            try (HSSFWorkbook workbook = new HSSFWorkbook()) {
                workbook.createSheet("Chi tieu").createRow(0).createCell(0).setCellValue("TTHC");
                workbook.write(out);
            }
        });
    }

    /** An OLE2 file with a WordDocument stream of garbage: a .doc that claims to be one. */
    static byte[] brokenDoc() {
        return bytes(out -> {
            try (POIFSFileSystem fileSystem = new POIFSFileSystem()) {
                byte[] garbage = new byte[600];
                for (int i = 0; i < garbage.length; i++) {
                    garbage[i] = (byte) (i * 37 + 11);
                }
                fileSystem.createDocument(new java.io.ByteArrayInputStream(garbage), "WordDocument");
                fileSystem.writeFilesystem(out);
            }
        });
    }

    static byte[] zip(String entry, byte[] content) {
        return bytes(out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(content);
                zip.closeEntry();
            }
        });
    }
}
