package vn.cchc.ingestion;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The paragraphs of a report as the domain keeps them, whichever reader found them. */
final class Paragraphs {

    // Tabs, no-break and other Unicode spaces, line breaks inside a paragraph: all one space, as a reader sees them.
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}\\p{Cc}]+");

    private final List<String> list = new ArrayList<>();

    /** Adds a paragraph as written: NFC, whitespace runs collapsed, trimmed; a blank one is dropped. */
    void add(String raw) {
        String paragraph = clean(raw);
        if (!paragraph.isEmpty()) {
            list.add(paragraph);
        }
    }

    List<String> list() {
        return List.copyOf(list);
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        // NFC first: a decomposed tone mark must join its letter before spaces are looked at.
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC).replace("\uFEFF", "");
        return SPACES.matcher(text).replaceAll(" ").strip();
    }
}
