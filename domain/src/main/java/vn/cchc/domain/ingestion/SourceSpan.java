package vn.cchc.domain.ingestion;

/**
 * Where a fact is written: from {@code start} in paragraph {@code paragraph} to {@code end} (exclusive) in paragraph
 * {@code lastParagraph}, character offsets into the {@link SourceText}'s paragraphs. Most spans lie in one paragraph;
 * an item broken over two lines spans both.
 */
public record SourceSpan(int paragraph, int start, int lastParagraph, int end) {

    public SourceSpan {
        if (paragraph < 0 || lastParagraph < paragraph || start < 0 || end < 0
                || (lastParagraph == paragraph && end < start)) {
            throw new IllegalArgumentException("not a span: " + paragraph + ":" + start + "-" + lastParagraph + ":" + end);
        }
    }

    /** The text it covers, paragraphs joined by a space. */
    public String in(SourceText text) {
        if (lastParagraph == paragraph) {
            return text.paragraph(paragraph).substring(start, end);
        }
        StringBuilder covered = new StringBuilder(text.paragraph(paragraph).substring(start));
        for (int p = paragraph + 1; p < lastParagraph; p++) {
            covered.append(' ').append(text.paragraph(p));
        }
        return covered.append(' ').append(text.paragraph(lastParagraph), 0, end).toString();
    }

    /** The whole sentence or paragraphs it lies in, for a reader asking where a fact comes from. */
    public String sentence(SourceText text) {
        return new SourceSpan(paragraph, 0, lastParagraph, text.paragraph(lastParagraph).length()).in(text);
    }
}
