package vn.cchc.domain.ingestion;

import java.math.BigDecimal;

/** Numbers as Vietnamese reports print them: "1.234" (dots group thousands), "98,7" (a comma before decimals), "05". */
final class Numbers {

    /** A whole number as printed, with its thousands dots; not followed by a decimal comma. */
    static final String WHOLE = "(?<![\\d.,/])(?:\\d{1,3}(?:\\.\\d{3})+|\\d+)(?![\\d]|[.,]\\d)";

    /** A percentage's number: "100", "98,7", "98.7". */
    static final String DECIMAL = "\\d+(?:[.,]\\d+)?";

    private Numbers() {
    }

    static long whole(String printed) {
        return Long.parseLong(printed.replace(".", ""));
    }

    /** The decimal as the API prints it: "98.7", "100". */
    static String decimal(String printed) {
        return new BigDecimal(printed.replace(',', '.')).stripTrailingZeros().toPlainString();
    }
}
