package vn.cchc.api.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A table as CSV (RFC 4180): UTF-8 with a byte order mark, so that Excel shows Vietnamese text, and CRLF lines. */
final class Csv {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private Csv() {
    }

    static void write(ListTable table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        line(writer, table.columns());
        for (List<Object> row : table.rows()) {
            line(writer, row);
        }
        writer.flush();
    }

    private static void line(Writer writer, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            Object cell = cells.get(i);
            writer.write(cell == null ? "" : field(ListTable.text(cell)));
        }
        writer.write("\r\n");
    }

    /** A field quoted when it holds a comma, a quote or a line break, its quotes doubled. */
    static String field(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
