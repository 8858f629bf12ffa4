package vn.cchc.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.ingestion.Fixtures.level;
import static vn.cchc.ingestion.Fixtures.paragraph;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

import vn.cchc.domain.ingestion.ReportText;
import vn.cchc.domain.ingestion.SourceFormat;

class DocxReaderTest {

    private final FileReportReader reader = new FileReportReader();

    @Test
    void rendersWordsNumberingAsTextAndReadsTablesAsRows() {
        byte[] docx = Fixtures.bytes(out -> {
            try (XWPFDocument document = new XWPFDocument()) {
                document.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("SỞ KHCN NGHỆ AN");
                BigInteger outline = Fixtures.numbering(document, 0, abstractNum -> {
                    level(abstractNum, 0, STNumberFormat.UPPER_ROMAN, "%1.", 1);
                    level(abstractNum, 1, STNumberFormat.DECIMAL, "%2.", 1);
                    level(abstractNum, 2, STNumberFormat.DECIMAL, "%2.%3.", 1);
                });
                BigInteger bullets = Fixtures.numbering(document, 1,
                        abstractNum -> level(abstractNum, 0, STNumberFormat.BULLET, "\uF0B7", 1));
                BigInteger fromFive = Fixtures.numbering(document, 2, abstractNum -> {
                    level(abstractNum, 0, STNumberFormat.DECIMAL, "%1.", 5);
                    level(abstractNum, 1, STNumberFormat.DECIMAL, "%1.%2.", 1);
                });
                paragraph(document, "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", outline, 0);
                paragraph(document, "Ban hành các văn bản", outline, 1);
                paragraph(document, "Trong\tquý I\u00A0năm  2022, Sở đã ban hành:", null, 0);
                paragraph(document, "Kế hoạch số 56/SKHCN-VP", bullets, 0);
                paragraph(document, "- Kế hoạch số 87/SKHCN-VP", bullets, 0);
                paragraph(document, "   ", null, 0);
                paragraph(document, "Kiểm tra", outline, 1);
                paragraph(document, "Chi tiết", outline, 2);
                paragraph(document, "KẾT QUẢ THỰC HIỆN", outline, 0);
                paragraph(document, "Cải cách thể chế", outline, 1);
                paragraph(document, "Hiện đại hóa", fromFive, 0);
                paragraph(document, "Chữ ký số", fromFive, 1);
                XWPFTable table = document.createTable(3, 3);
                String[][] cells = {{"STT", "Nội dung", "Kết quả"}, {"1", "TTHC\tmức độ 4", "100%"}, {"", "", ""}};
                for (int row = 0; row < 3; row++) {
                    for (int column = 0; column < 3; column++) {
                        table.getRow(row).getCell(column).setText(cells[row][column]);
                    }
                }
                paragraph(document, "- Gạch đầu dòng gõ tay", null, 0);
                document.write(out);
            }
        });

        ReportText read = reader.read("bao-cao.docx", docx, null);

        assertThat(read.format()).isEqualTo(SourceFormat.DOCX);
        assertThat(read.charset()).isNull();
        assertThat(read.text().paragraphs()).containsExactly(
                "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
                "1. Ban hành các văn bản",
                "Trong quý I năm 2022, Sở đã ban hành:",
                "- Kế hoạch số 56/SKHCN-VP",
                "- Kế hoạch số 87/SKHCN-VP",
                "2. Kiểm tra",
                "2.1. Chi tiết",
                "II. KẾT QUẢ THỰC HIỆN",
                "1. Cải cách thể chế",
                "5. Hiện đại hóa",
                "5.1. Chữ ký số",
                "STT | Nội dung | Kết quả",
                "1 | TTHC mức độ 4 | 100%",
                "- Gạch đầu dòng gõ tay");
    }

    @Test
    void aDocxOfTheSeedsLinesReadsToTheSameParagraphsAsTheTextFile() throws Exception {
        List<String> lines = Seed.lines();

        ReportText read = reader.read("seed.docx", Fixtures.docxOf(lines), null);

        assertThat(read.format()).isEqualTo(SourceFormat.DOCX);
        assertThat(read.text().paragraphs()).isEqualTo(lines);
    }

    @Test
    void anEmptyNumberedParagraphIsDroppedButCountedAsWordCountsIt() {
        byte[] docx = Fixtures.bytes(out -> {
            try (XWPFDocument document = new XWPFDocument()) {
                BigInteger list = Fixtures.numbering(document, 0,
                        abstractNum -> level(abstractNum, 0, STNumberFormat.DECIMAL, "%1)", 1));
                paragraph(document, "Một", list, 0);
                paragraph(document, null, list, 0);
                paragraph(document, "Ba", list, 0);
                document.write(out);
            }
        });

        assertThat(reader.read("a.docx", docx, null).text().paragraphs()).containsExactly("1) Một", "3) Ba");
    }

    @Test
    void numberingFromAHeadingStyleAndAStartOverrideAreRendered() {
        byte[] docx = Fixtures.bytes(out -> {
            try (XWPFDocument document = new XWPFDocument()) {
                BigInteger headings = Fixtures.numbering(document, 0,
                        abstractNum -> level(abstractNum, 0, STNumberFormat.UPPER_ROMAN, "%1.", 1));
                CTStyle heading = CTStyle.Factory.newInstance();
                heading.setStyleId("Heading1");
                heading.addNewName().setVal("heading 1");
                CTNumPr numPr = heading.addNewPPr().addNewNumPr();
                numPr.addNewNumId().setVal(headings);
                numPr.addNewIlvl().setVal(BigInteger.ZERO);
                document.createStyles().addStyle(new XWPFStyle(heading));

                CTNum fromThree = CTNum.Factory.newInstance();
                fromThree.setNumId(BigInteger.valueOf(9));
                fromThree.addNewAbstractNumId().setVal(BigInteger.ZERO);
                CTNumLvl override = fromThree.addNewLvlOverride();
                override.setIlvl(BigInteger.ZERO);
                override.addNewStartOverride().setVal(BigInteger.valueOf(3));
                BigInteger third = document.getNumbering().addNum(new XWPFNum(fromThree, document.getNumbering()));

                paragraph(document, "MỞ ĐẦU", null, 0).setStyle("Heading1");
                paragraph(document, "NỘI DUNG", null, 0).setStyle("Heading1");
                paragraph(document, "KẾT LUẬN", third, 0);
                document.write(out);
            }
        });

        assertThat(reader.read("a.docx", docx, null).text().paragraphs())
                .containsExactly("I. MỞ ĐẦU", "II. NỘI DUNG", "III. KẾT LUẬN");
    }

    @Test
    void rendersRomanNumbersBeyondTheFirstFew() {
        assertThat(DocxNumbering.roman(4)).isEqualTo("IV");
        assertThat(DocxNumbering.roman(9)).isEqualTo("IX");
        assertThat(DocxNumbering.roman(14)).isEqualTo("XIV");
        assertThat(DocxNumbering.render(3, "lowerLetter")).isEqualTo("c");
        assertThat(DocxNumbering.render(28, "upperLetter")).isEqualTo("BB");
    }
}
