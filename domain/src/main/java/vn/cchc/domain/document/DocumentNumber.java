package vn.cchc.domain.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.domain.shared.DomainException;

/**
 * A document number (số hiệu) as printed: {@code NUMBER[/YEAR]/SYMBOL} such as {@code 56/SKHCN-VP},
 * {@code 01/2022/QĐ-UBND}, {@code 130/2005/NĐ-CP}, or a bare {@code NUMBER} as in "Chỉ thị 17". The symbol
 * names the kind (QĐ, KH, NĐ, ...) and the issuer; the same number from another issuer or year is another
 * document, so the number alone never identifies a document.
 */
@Embeddable
public class DocumentNumber {

    private static final Pattern FORM = Pattern.compile(
            "(?<seq>\\d{1,6}[A-Z]?)(?:/(?<year>\\d{4}))?(?:/(?<symbol>\\p{Lu}[\\p{Lu}\\d&.]*(?:-[\\p{Lu}\\d&.]+)*))?");

    @Column(name = "NUMBER_PRINTED", nullable = false, length = 80)
    private String printed;

    @Column(name = "NUMBER_SEQUENCE", nullable = false, length = 8)
    private String sequence;

    @Column(name = "NUMBER_YEAR")
    private Integer year;

    @Column(name = "NUMBER_SYMBOL", length = 64)
    private String symbol;

    protected DocumentNumber() {
        // for JPA
    }

    private DocumentNumber(String printed, String sequence, Integer year, String symbol) {
        this.printed = printed;
        this.sequence = sequence;
        this.year = year;
        this.symbol = symbol;
    }

    /**
     * Reads a printed number. Spaces around '/' are dropped, the symbol is upper-cased, the text is put in
     * Unicode NFC, and the look-alike 'Ð' (U+00D0) is read as the Vietnamese 'Đ'.
     */
    public static DocumentNumber parse(String text) {
        DomainException.require(text != null && !text.isBlank(), "INVALID_DOCUMENT_NUMBER",
                "a document number must not be blank");
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC)
                .strip()
                .replaceAll("\\s*/\\s*", "/")
                .toUpperCase(Locale.ROOT)
                .replace('\u00D0', '\u0110');
        Matcher m = FORM.matcher(normal);
        DomainException.require(m.matches(), "INVALID_DOCUMENT_NUMBER",
                "'" + text + "' is not a document number of the form NUMBER[/YEAR]/SYMBOL, e.g. 01/2022/QĐ-UBND",
                "document.number", text);
        Integer year = m.group("year") == null ? null : Integer.valueOf(m.group("year"));
        String symbol = m.group("symbol");
        DomainException.require(year == null || symbol != null, "INVALID_DOCUMENT_NUMBER",
                "'" + text + "' has a year but no symbol after it");
        DomainException.require(year == null || (year >= 1945 && year <= 2999), "INVALID_DOCUMENT_NUMBER",
                "'" + text + "' has an impossible year " + year);
        return new DocumentNumber(normal, m.group("seq"), year, symbol);
    }

    /**
     * Checks a number as a report's heading prints it: a full number, or one whose sequence is still blank
     * ("Số: /SKHCN-VP"), as a report is drafted before the office registers it. The printed text is kept as it is.
     */
    public static void requirePrinted(String text) {
        String normal = text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        if (normal.startsWith("/")) {
            parse("0" + normal);
        } else {
            parse(normal);
        }
    }

    /** The number as printed, normalised: what users type and search by. */
    public String printed() {
        return printed;
    }

    /** The running number before the first '/', leading zeros kept ("01"). */
    public String sequence() {
        return sequence;
    }

    public Optional<Integer> year() {
        return Optional.ofNullable(year);
    }

    public Optional<String> symbol() {
        return Optional.ofNullable(symbol);
    }

    /** The part of the symbol after the kind letters that names the issuer ("UBND" in "QĐ-UBND"). */
    public Optional<String> issuerSymbol() {
        return symbol().map(s -> kindOfSymbol(s).isPresent() && s.contains("-") ? s.substring(s.indexOf('-') + 1) : s);
    }

    /**
     * The kind the symbol announces: QĐ decision, KH plan, NĐ decree, ...; a symbol with no kind letters
     * (56/SKHCN-VP) is an official letter by convention. A bare number announces nothing. Documents keep their
     * own kind: departments often number plans as letters.
     */
    public Optional<DocumentKind> kindHint() {
        return symbol().map(s -> kindOfSymbol(s).orElse(DocumentKind.OFFICIAL_LETTER));
    }

    private static Optional<DocumentKind> kindOfSymbol(String symbol) {
        int dash = symbol.indexOf('-');
        return DocumentKind.ofSymbolPrefix(dash < 0 ? symbol : symbol.substring(0, dash));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DocumentNumber n && n.printed.equals(printed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(printed);
    }

    @Override
    public String toString() {
        return printed;
    }
}
