package vn.cchc.domain.ingestion;

import java.util.List;
import java.util.Objects;

/**
 * A report's text as the paragraphs a reader sees, in order, each exactly as written (Unicode NFC, no line breaks
 * inside): the coordinates every proposed fact's span points into. Empty paragraphs are not kept, so paragraph
 * numbers are the same whichever file format the report came in.
 */
public record SourceText(List<String> paragraphs) {

    public SourceText {
        paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs"));
        for (String paragraph : paragraphs) {
            if (paragraph.isBlank()) {
                throw new IllegalArgumentException("a paragraph of a source text is never blank");
            }
        }
    }

    public String paragraph(int index) {
        return paragraphs.get(index);
    }

    public int size() {
        return paragraphs.size();
    }
}
