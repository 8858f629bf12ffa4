package vn.cchc.sampledata.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables the demo province is made of, as CSV resources beside this class: UTF-8, a first line naming the columns,
 * fields separated by commas and put in double quotes when they hold a comma or a quote (a quote inside written
 * twice), no line break inside a field.
 */
final class Csv {

    /** One line of a table, its fields by column name. */
    record Row(String where, Map<String, String> fields) {

        String get(String column) {
            String value = fields.get(column);
            if (value == null) {
                throw new IllegalArgumentException(where + ": no column " + column);
            }
            return value;
        }

        int getInt(String column) {
            return Integer.parseInt(get(column));
        }

        double getDouble(String column) {
            return Double.parseDouble(get(column));
        }
    }

    private Csv() {
    }

    /** The rows of a resource of this package, in order. */
    static List<Row> read(String resource) {
        try (InputStream in = Csv.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the demo's table " + resource + " is not on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> columns = split(reader.readLine(), resource + ":1");
            List<Row> rows = new ArrayList<>();
            int number = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String where = resource + ":" + ++number;
                List<String> values = split(line, where);
                if (values.size() != columns.size()) {
                    throw new IllegalArgumentException(where + ": " + values.size() + " fields, the header names " + columns.size());
                }
                Map<String, String> fields = new HashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    fields.put(columns.get(i), values.get(i));
                }
                rows.add(new Row(where, fields));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the demo's table " + resource, e);
        }
    }

    static List<String> split(String line, String where) {
        if (line == null) {
            throw new IllegalArgumentException(where + ": the table is empty");
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c != '"') {
                    field.append(c);
                } else if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(where + ": a quote is not closed");
        }
        fields.add(field.toString());
        return fields;
    }
}
