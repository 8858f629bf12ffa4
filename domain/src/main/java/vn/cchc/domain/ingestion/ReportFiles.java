package vn.cchc.domain.ingestion;

/**
 * Reads a report file into its paragraphs, whatever format it came in; implemented by the ingestion adapter (Apache
 * POI, PDFBox), so that the domain and the use cases never see a file format.
 */
public interface ReportFiles {

    /**
     * @param fileName        the name it was uploaded with, a hint only: the content decides the format
     * @param content         the whole file, already within the size cap
     * @param declaredCharset the charset the uploader declared for a text file, or null to detect it
     * @throws ReportFileRefused when the file cannot be read as a report
     */
    ReportText read(String fileName, byte[] content, String declaredCharset);
}
