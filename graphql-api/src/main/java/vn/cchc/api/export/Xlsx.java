package vn.cchc.api.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** A table as an Excel workbook of one sheet: a bold header row, numbers as numbers, text as text. */
final class Xlsx {

    static final String SHEET = "CCHC";

    private Xlsx() {
    }

    static void write(ListTable table, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "CCHC Monitor", "1.0");
        Worksheet sheet = workbook.newWorksheet(SHEET);
        List<String> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, columns.get(c));
            sheet.style(0, c).bold().set();
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<Object> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                Object cell = row.get(c);
                if (cell instanceof Number number) {
                    sheet.value(r + 1, c, number);
                } else if (cell instanceof Boolean bool) {
                    sheet.value(r + 1, c, bool);
                } else if (cell != null) {
                    sheet.value(r + 1, c, (String) cell);
                }
            }
        }
        workbook.finish();
    }
}
