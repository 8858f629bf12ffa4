package vn.cchc.domain.shared;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Text folded for searching the way users type: without case and Vietnamese diacritics ("khoa hoc" finds
 * "Khoa học", "so noi vu" finds "Sở Nội vụ"). SQL cannot strip diacritics portably, so entities keep a folded copy
 * of their searchable text and queries compare folded with folded.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {
    }

    /** The parts, folded and joined by single spaces; null parts are skipped. */
    public static String fold(String... parts) {
        String joined = Arrays.stream(parts).filter(Objects::nonNull).collect(Collectors.joining(" "));
        // đ and Đ are letters of their own, not d with a mark: NFD leaves them, so they are mapped first
        String decomposed = Normalizer.normalize(joined.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return SPACES.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
}
