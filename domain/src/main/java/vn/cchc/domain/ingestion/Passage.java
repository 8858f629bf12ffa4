package vn.cchc.domain.ingestion;

import java.util.ArrayList;
import java.util.List;

/**
 * A stretch of the source read as one text: a paragraph, a cell of it, or paragraphs joined where a sentence was
 * broken over lines. Offsets into it map back to a {@link SourceSpan}, so that every fact points at its words.
 */
final class Passage {

    /** Where each piece starts in {@link #text}, its paragraph and its offset in that paragraph. */
    private record Piece(int at, int paragraph, int offset, int length) {
    }

    private final StringBuilder text = new StringBuilder();
    private final List<Piece> pieces = new ArrayList<>();

    static Passage of(int paragraph, int offset, String text) {
        return new Passage().append(paragraph, offset, text);
    }

    /** Adds a piece, joined to what is there by one space. */
    Passage append(int paragraph, int offset, String piece) {
        if (!text.isEmpty()) {
            text.append(' ');
        }
        pieces.add(new Piece(text.length(), paragraph, offset, piece.length()));
        text.append(piece);
        return this;
    }

    /** Adds another passage's pieces after this one's. */
    Passage join(Passage other) {
        for (Piece piece : other.pieces) {
            append(piece.paragraph(), piece.offset(), other.text.substring(piece.at(), piece.at() + piece.length()));
        }
        return this;
    }

    String text() {
        return text.toString();
    }

    /** The span of {@code [start, end)} of this passage's text, leading and trailing blanks left out. */
    SourceSpan span(int start, int end) {
        String all = text.toString();
        while (start < end && Character.isWhitespace(all.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(all.charAt(end - 1))) {
            end--;
        }
        Piece first = pieceAt(start, false);
        Piece last = pieceAt(end, true);
        return new SourceSpan(first.paragraph(), first.offset() + Math.min(start - first.at(), first.length()),
                last.paragraph(), last.offset() + Math.min(Math.max(end - last.at(), 0), last.length()));
    }

    SourceSpan whole() {
        return span(0, text.length());
    }

    /** A passage of part of this one, keeping its map to the source. */
    Passage sub(int start, int end) {
        Passage part = new Passage();
        for (Piece piece : pieces) {
            int from = Math.max(start, piece.at());
            int to = Math.min(end, piece.at() + piece.length());
            if (from < to) {
                part.append(piece.paragraph(), piece.offset() + from - piece.at(), text.substring(from, to));
            }
        }
        return part;
    }

    private Piece pieceAt(int position, boolean asEnd) {
        Piece found = pieces.get(0);
        for (Piece piece : pieces) {
            if (asEnd ? piece.at() < position || position == 0 : piece.at() <= position) {
                found = piece;
            }
        }
        return found;
    }
}
