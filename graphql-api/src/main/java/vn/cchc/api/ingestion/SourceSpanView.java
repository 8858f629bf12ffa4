package vn.cchc.api.ingestion;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.domain.ingestion.SourceSpan;

@Type("SourceSpan")
@Description("Where in the source text a fact is written: character offsets into its paragraphs (vị trí).")
public class SourceSpanView {

    private final SourceSpan span;

    public SourceSpanView(SourceSpan span) {
        this.span = span;
    }

    @Description("The paragraph it starts in, from 0, as ReportIngestion.paragraphs lists them.")
    public int getParagraph() {
        return span.paragraph();
    }

    @Description("Its first character in that paragraph, from 0.")
    public int getStart() {
        return span.start();
    }

    @Description("The paragraph it ends in: the same one, or the next when a sentence was broken over two lines.")
    public int getLastParagraph() {
        return span.lastParagraph();
    }

    @Description("The character after its last in that paragraph.")
    public int getEnd() {
        return span.end();
    }
}
