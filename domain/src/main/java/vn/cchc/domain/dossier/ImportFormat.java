package vn.cchc.domain.dossier;

/** The file formats a one-stop system exports its dossiers in (định dạng tệp nhập). */
public enum ImportFormat {
    /** RFC 4180 comma-separated values, UTF-8 (a byte-order mark is allowed), a header line naming the columns */
    CSV,
    /** a JSON array of objects, one per dossier, with the CSV's column names as keys */
    JSON
}
