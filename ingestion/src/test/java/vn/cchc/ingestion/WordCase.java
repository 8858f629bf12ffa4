package vn.cchc.ingestion;

import static vn.cchc.ingestion.Fixtures.level;
import static vn.cchc.ingestion.Fixtures.numbering;
import static vn.cchc.ingestion.Fixtures.paragraph;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Writes the evaluation's Word case ({@code evaluation/08-sgtvt-ha-tinh-q1-2024.docx}) as Word lays a report out: the
 * heading in a two-column table, the sections numbered by Word's own lists (I., 1., 1.1.), bullets as a bullet list,
 * and figures in a table. Run once to make the committed file: {@code WordCase.main} from the ingestion module.
 */
final class WordCase {

    static final Path FILE = Path.of("evaluation/08-sgtvt-ha-tinh-q1-2024.docx");

    private WordCase() {
    }

    public static void main(String[] args) throws IOException {
        Files.write(FILE, docx());
    }

    private static void table(XWPFDocument document, String[][] cells) {
        XWPFTable table = document.createTable(cells.length, cells[0].length);
        for (int row = 0; row < cells.length; row++) {
            for (int column = 0; column < cells[row].length; column++) {
                table.getRow(row).getCell(column).setText(cells[row][column]);
            }
        }
    }

    static byte[] docx() {
        return Fixtures.bytes(out -> {
            try (XWPFDocument document = new XWPFDocument()) {
                table(document, new String[][] {{"UBND TỈNH HÀ TĨNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
                        {"SỞ GIAO THÔNG VẬN TẢI", "Độc lập - Tự do - Hạnh phúc"},
                        {"Số: 412/BC-SGTVT", "Hà Tĩnh, ngày 18 tháng 3 năm 2024"}});
                paragraph(document, "BÁO CÁO", null, 0);
                paragraph(document, "Kết quả công tác cải cách hành chính quý I năm 2024", null, 0);
                BigInteger outline = numbering(document, 0, abstractNum -> {
                    level(abstractNum, 0, STNumberFormat.UPPER_ROMAN, "%1.", 1);
                    level(abstractNum, 1, STNumberFormat.DECIMAL, "%2.", 1);
                    level(abstractNum, 2, STNumberFormat.DECIMAL, "%2.%3.", 1);
                });
                BigInteger bullets = numbering(document, 1, abstractNum -> level(abstractNum, 0, STNumberFormat.BULLET, "\uF0B7", 1));
                paragraph(document, "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", outline, 0);
                paragraph(document, "Ban hành văn bản chỉ đạo", outline, 1);
                paragraph(document, "Ban hành Kế hoạch cải cách hành chính năm 2024 (Kế hoạch số 35/KH-SGTVT ngày 12/01/2024 của Sở Giao thông vận tải);",
                        bullets, 0);
                paragraph(document, "Triển khai Quyết định số 2045/QĐ-UBND ngày 28 tháng 12 năm 2023 của UBND tỉnh về ban hành Kế hoạch cải cách hành chính năm 2024.",
                        bullets, 0);
                paragraph(document, "KẾT QUẢ THỰC HIỆN CẢI CÁCH HÀNH CHÍNH", outline, 0);
                paragraph(document, "Cải cách thủ tục hành chính", outline, 1);
                paragraph(document, "Kết quả giải quyết hồ sơ", outline, 2);
                paragraph(document, "Kết quả giải quyết hồ sơ trong quý như sau:", null, 0);
                table(document, new String[][] {{"Chỉ tiêu", "Kết quả"}, {"Số hồ sơ tiếp nhận", "2.318"},
                        {"Số hồ sơ đã giải quyết", "2.301"}, {"Số hồ sơ quá hạn", "3"}});
                paragraph(document, "Có 2.104/2.318 hồ sơ nộp trực tuyến, đạt 90,8%.", bullets, 0);
                paragraph(document, "Công khai thủ tục hành chính", outline, 2);
                paragraph(document, "Có 96/96 thủ tục hành chính được công khai trên Cổng dịch vụ công của tỉnh.", bullets, 0);
                paragraph(document, "Xây dựng Chính quyền điện tử, Chính quyền số", outline, 1);
                paragraph(document, "Cung cấp dịch vụ công trực tuyến toàn trình cho 58/96 thủ tục hành chính.", bullets, 0);
                paragraph(document, "PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II NĂM 2024", outline, 0);
                paragraph(document, "Tiếp tục số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.", bullets, 0);
                table(document, new String[][] {{"Nơi nhận:", "KT. GIÁM ĐỐC"}, {"- UBND tỉnh;", "PHÓ GIÁM ĐỐC"}, {"- Sở Nội vụ;", ""},
                        {"- Lưu: VT, VP.", "Lê Văn Hùng"}});
                document.write(out);
            }
        });
    }
}
