package vn.cchc.api.error;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The messages of broken rules in the caller's language: Vietnamese by default, English when the request's
 * {@code Accept-Language} prefers it ({@code messages.properties} and {@code messages_en.properties} in this package).
 */
public final class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final List<Locale> SPOKEN = List.of(VIETNAMESE, Locale.ENGLISH);
    private static final String BUNDLE = "vn.cchc.api.error.messages";

    private Messages() {
    }

    /** The language the caller asked for among those the API speaks; Vietnamese when it asked for none of them. */
    public static Locale negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return VIETNAMESE;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SPOKEN);
            return best == null ? VIETNAMESE : best;
        } catch (IllegalArgumentException malformed) {
            return VIETNAMESE;
        }
    }

    /** The text of the two the language asks for: English for English, Vietnamese otherwise (the API's default). */
    public static String either(Locale language, String vietnamese, String english) {
        return isEnglish(language) ? english : vietnamese;
    }

    private static boolean isEnglish(Locale language) {
        return language.getLanguage().equals("en");
    }

    /** The message of {@code key} in the language, its arguments filled in; {@code fallback} when no bundle has it. */
    public static String render(Locale locale, String key, List<String> args, String fallback) {
        if (key == null) {
            return fallback;
        }
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, isEnglish(locale) ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            return new MessageFormat(bundle.getString(key), locale).format(args.toArray());
        } catch (MissingResourceException unknown) {
            return fallback;
        }
    }
}
