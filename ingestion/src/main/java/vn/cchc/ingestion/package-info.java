/**
 * Report files read into the domain's SourceText: the ingestion adapter, on the domain alone.
 *
 * <h2>Reading the files</h2>
 *
 * <p>{@link vn.cchc.ingestion.FileReportReader} implements the domain's
 * {@link vn.cchc.domain.ingestion.ReportFiles}. A file larger than its cap (20 MiB by default) is refused before it is
 * parsed. The format is then decided by the content, the file name being a hint for the wording of a refusal only:
 * <ul>
 * <li>a zip with {@code word/document.xml}: <b>.docx</b> (Apache POI XWPF). The body in document order; Word's automatic
 * numbering is rendered as text from numbering.xml ("I. ", "1. ", "5.1. ", any bullet as "- "), counted per numbering
 * instance and level, a deeper level restarting when a shallower one advances; a table row is one paragraph, its
 * cells joined with " | "; headers and footers are left out;</li>
 * <li>an OLE2 file with a {@code WordDocument} stream: <b>.doc</b> (POI HWPF), its paragraphs without field codes and
 * control marks. Its numbering is not rendered and its table cells come out one paragraph each;</li>
 * <li>{@code %PDF}: a <b>PDF</b> with a text layer (PDFBox), page by page; lines become paragraphs at a list item, a
 * heading number, an empty line, a line much shorter than the page's others, and a new page; other lines are joined.
 * A PDF without any text is a scan;</li>
 * <li>otherwise <b>text</b>, if it is text (no NUL bytes): charset from a BOM, else the declared one, else UTF-8 if it
 * decodes strictly, else Windows-1258 when Vietnamese combining tone marks follow letters, else Windows-1252. Each
 * line is a paragraph; {@code ReportText.charset} records the charset used.</li>
 * </ul>
 *
 * <p>Every paragraph is kept as written: Unicode NFC, whitespace runs (tabs, no-break spaces, line breaks inside it)
 * as one space, trimmed, blank ones dropped.
 *
 * <p>Refused, with a message a reporter can act on: images and scanned PDFs ({@code SCANNED_IMAGE}, they need OCR),
 * a password ({@code ENCRYPTED}), xlsx, xls, pptx, odt, zip, executables ({@code UNSUPPORTED_FORMAT}, naming what is
 * accepted), broken or cut-off files and an unknown declared charset ({@code UNREADABLE}), no text ({@code EMPTY}).
 */
package vn.cchc.ingestion;
