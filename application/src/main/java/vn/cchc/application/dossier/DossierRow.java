package vn.cchc.application.dossier;

import java.util.Map;

/**
 * One dossier of an imported file as written: the line it starts on and its values by column name (a column the row
 * leaves empty or out is absent).
 */
public record DossierRow(int line, Map<String, String> values) {

    public DossierRow {
        values = Map.copyOf(values);
    }

    /** The value of the column, stripped, or null when the row gives none. */
    public String get(String column) {
        String value = values.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
