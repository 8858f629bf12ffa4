package vn.cchc.application.dossier;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import vn.cchc.domain.dossier.ImportError;
import vn.cchc.domain.dossier.ImportFormat;
import vn.cchc.domain.shared.DomainException;

/**
 * Reads a dossier file as a one-stop system exports it (tệp hồ sơ xuất từ hệ thống một cửa), row by row, so that a
 * file of 100,000 rows is never held as rows all at once. The columns, named in the CSV header or as JSON keys (case
 * does not matter, other columns are ignored):
 * {@value #COLUMN_LIST}. Only {@code closedOn} may be left empty.
 */
public final class DossierFile {

    public static final String CODE = "dossierCode";
    public static final String UNIT = "unitCode";
    public static final String PROCEDURE = "procedureCode";
    public static final String RECEIVED_ON = "receivedOn";
    public static final String DUE_ON = "dueOn";
    public static final String CLOSED_ON = "closedOn";
    public static final String CHANNEL = "channel";
    public static final String KIND = "kind";
    public static final String STATUS = "status";
    static final String COLUMN_LIST = "dossierCode, unitCode, procedureCode, receivedOn, dueOn, closedOn, channel, kind, status";
    public static final List<String> COLUMNS = List.of(COLUMN_LIST.split(", "));

    private static final Map<String, String> BY_FOLDED_NAME = new HashMap<>();

    static {
        COLUMNS.forEach(c -> BY_FOLDED_NAME.put(c.toLowerCase(Locale.ROOT), c));
    }

    private DossierFile() {
    }

    /**
     * Hands every row of the file to {@code rows}, in order; what makes the file unreadable as a whole (malformed
     * JSON, a missing or repeated column) is returned, and no row after it is read.
     */
    public static List<ImportError> read(ImportFormat format, String content, Consumer<DossierRow> rows) {
        return switch (format) {
            case CSV -> readCsv(content, rows);
            case JSON -> readJson(content, rows);
        };
    }

    private static List<ImportError> readCsv(String content, Consumer<DossierRow> rows) {
        CsvReader csv = new CsvReader(content);
        List<String> header = csv.next();
        if (header == null) {
            return List.of(fileError(1, null, "IMPORT_EMPTY", "the file has no header line", "import.empty"));
        }
        List<ImportError> errors = new ArrayList<>();
        String[] columnAt = new String[header.size()];
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String column = BY_FOLDED_NAME.get(header.get(i).strip().toLowerCase(Locale.ROOT));
            if (column != null && seen.putIfAbsent(column, i) != null) {
                errors.add(fileError(1, column, "DUPLICATE_COLUMN", "column " + column + " appears twice", "import.duplicateColumn", column));
            }
            columnAt[i] = column;
        }
        missingColumns(seen.keySet(), 1, errors);
        if (!errors.isEmpty()) {
            return errors;
        }
        try {
            for (List<String> record = csv.next(); record != null; record = csv.next()) {
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue; // an empty line, the last one of most files
                }
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < Math.min(record.size(), columnAt.length); i++) {
                    if (columnAt[i] != null) {
                        values.put(columnAt[i], record.get(i));
                    }
                }
                rows.accept(new DossierRow(csv.recordLine(), values));
            }
        } catch (DomainException malformed) {
            return List.of(new ImportError(csv.recordLine(), null, malformed));
        }
        return List.of();
    }

    private static List<ImportError> readJson(String content, Consumer<DossierRow> rows) {
        try (JsonParser parser = Json.createParser(new StringReader(content))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_ARRAY) {
                return List.of(fileError(1, null, "MALFORMED_FILE", "a JSON import is an array of objects, one per dossier",
                        "import.jsonArray"));
            }
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.END_ARRAY) {
                    return List.of();
                }
                int line = (int) parser.getLocation().getLineNumber();
                if (event != JsonParser.Event.START_OBJECT) {
                    return List.of(fileError(line, null, "MALFORMED_FILE", "a JSON import is an array of objects, one per dossier",
                            "import.jsonArray"));
                }
                JsonObject object = parser.getObject();
                Map<String, String> values = new HashMap<>();
                List<ImportError> wrong = new ArrayList<>();
                object.forEach((key, value) -> {
                    String column = BY_FOLDED_NAME.get(key.toLowerCase(Locale.ROOT));
                    if (column != null) {
                        switch (value.getValueType()) {
                            case STRING -> values.put(column, ((JsonString) value).getString());
                            case NUMBER -> values.put(column, ((JsonNumber) value).toString());
                            case NULL -> { }
                            default -> wrong.add(fileError(line, column, "INVALID_VALUE", column + " must be a text, got " + value,
                                    "import.notText", column));
                        }
                    }
                });
                if (!wrong.isEmpty()) {
                    return wrong;
                }
                rows.accept(new DossierRow(line, values));
            }
            return List.of(fileError(1, null, "MALFORMED_FILE", "the JSON array is not closed", "import.jsonArray"));
        } catch (JsonParsingException e) {
            return List.of(fileError((int) e.getLocation().getLineNumber(), null, "MALFORMED_FILE",
                    "not well-formed JSON: " + e.getMessage(), "import.malformedJson"));
        } catch (JsonException | IllegalStateException e) {
            return List.of(fileError(1, null, "MALFORMED_FILE", "not well-formed JSON: " + e.getMessage(), "import.malformedJson"));
        }
    }

    private static void missingColumns(Set<String> present, int line, List<ImportError> errors) {
        for (String column : COLUMNS) {
            if (!column.equals(CLOSED_ON) && !present.contains(column)) {
                errors.add(fileError(line, column, "MISSING_COLUMN", "the header has no column " + column,
                        "import.missingColumn", column));
            }
        }
    }

    private static ImportError fileError(int line, String column, String code, String message, String key, Object... args) {
        return new ImportError(line, column, new DomainException(code, message, key, args));
    }

    /** RFC 4180: fields separated by commas, quoted with double quotes (doubled inside), records by CRLF or LF. */
    private static final class CsvReader {

        private final String text;
        private int position;
        private int line = 1;
        private int recordLine;

        CsvReader(String text) {
            this.text = text;
            this.position = text.startsWith("\uFEFF") ? 1 : 0; // the byte-order mark spreadsheet programs write
        }

        /** The line the last record read began on. */
        int recordLine() {
            return recordLine;
        }

        /** The next record's fields, or null at the end. */
        List<String> next() {
            if (position >= text.length()) {
                return null;
            }
            recordLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            while (position < text.length()) {
                char c = text.charAt(position++);
                if (quoted) {
                    if (c == '"') {
                        if (position < text.length() && text.charAt(position) == '"') {
                            field.append('"');
                            position++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append(c);
                    }
                } else if (c == '"' && field.isEmpty()) {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && position < text.length() && text.charAt(position) == '\n') {
                        position++;
                    }
                    line++;
                    fields.add(field.toString());
                    return fields;
                } else {
                    field.append(c);
                }
            }
            if (quoted) {
                throw new DomainException("MALFORMED_FILE", "a quoted field is not closed", "import.unclosedQuote");
            }
            fields.add(field.toString());
            return fields;
        }
    }
}
