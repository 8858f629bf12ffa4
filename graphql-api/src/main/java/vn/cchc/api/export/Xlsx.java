package vn.cchc.api.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A table as an Excel workbook of one sheet: a bold header row, numbers as numbers, text as text. A table with column
 * groups gets two header rows, as a printed form has: each group's heading over its columns, and a column outside any
 * group named once across both rows.
 */
final class Xlsx {

    static final String SHEET = "CCHC";

    private Xlsx() {
    }

    static void write(ListTable table, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "CCHC Monitor", "1.0");
        Worksheet sheet = workbook.newWorksheet(SHEET);
        int header = headers(sheet, table);
        for (int r = 0; r < table.rows().size(); r++) {
            List<Object> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                Object cell = row.get(c);
                if (cell instanceof Number number) {
                    sheet.value(header + r, c, number);
                } else if (cell instanceof Boolean bool) {
                    sheet.value(header + r, c, bool);
                } else if (cell != null) {
                    sheet.value(header + r, c, (String) cell);
                }
            }
        }
        workbook.finish();
    }

    /** Writes the header rows and answers how many there are. */
    private static int headers(Worksheet sheet, ListTable table) {
        List<String> columns = table.columns();
        int last = table.groups().isEmpty() ? 0 : 1; // the row of the columns' names
        for (int c = 0; c < columns.size(); c++) {
            int column = c;
            boolean grouped = table.groups().stream().anyMatch(g -> column >= g.first() && column < g.first() + g.span());
            heading(sheet, columns.get(c), grouped ? last : 0, c, last, c);
        }
        for (ListTable.Group group : table.groups()) {
            heading(sheet, group.heading(), 0, group.first(), 0, group.first() + group.span() - 1);
        }
        if (last > 0) { // a form's long headings wrap in their merged cells, as on paper
            sheet.range(0, 0, last, columns.size() - 1).style().bold().wrapText(true).horizontalAlignment("center")
                    .verticalAlignment("center").set();
        }
        return last + 1;
    }

    /** A bold heading in the cells from (top, left) to (bottom, right), merged when they are several. */
    private static void heading(Worksheet sheet, String text, int top, int left, int bottom, int right) {
        sheet.value(top, left, text);
        sheet.style(top, left).bold().set();
        if (top != bottom || left != right) {
            sheet.range(top, left, bottom, right).merge();
        }
    }
}
