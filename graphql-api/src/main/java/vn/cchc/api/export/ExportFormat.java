package vn.cchc.api.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;

/** The file types a list can be downloaded as. */
enum ExportFormat {
    CSV("text/csv;charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    static Optional<ExportFormat> named(String name) {
        for (ExportFormat format : values()) {
            if (format.extension.equals(name == null ? null : name.toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    String mediaType() {
        return mediaType;
    }

    String extension() {
        return extension;
    }

    void write(ListTable table, OutputStream out) throws IOException {
        switch (this) {
            case CSV -> Csv.write(table, out);
            case XLSX -> Xlsx.write(table, out);
        }
    }
}
