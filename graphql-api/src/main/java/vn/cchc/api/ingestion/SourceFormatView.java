package vn.cchc.api.ingestion;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import vn.cchc.processor.MirrorOf;
import vn.cchc.domain.ingestion.SourceFormat;

@Enum("SourceFormat")
@MirrorOf(SourceFormat.class)
@Description("The kind of file a report came in (định dạng tệp).")
public enum SourceFormatView {
    @Description("Word 2007 and later, .docx.")
    DOCX,
    @Description("Word 97-2003, .doc.")
    DOC,
    @Description("A PDF with a text layer.")
    PDF,
    @Description("Plain text, in the charset it was read with.")
    TEXT
}
