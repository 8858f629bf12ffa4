package vn.cchc.api.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import vn.cchc.api.error.ApiException;

/**
 * Opaque cursors. Today a cursor holds the position in an ordered list; clients must not rely on that, so the
 * paging can move to keyset cursors without changing the API.
 */
final class Cursor {

    static final String INVALID_CURSOR = "INVALID_CURSOR";
    private static final String PREFIX = "cchc:v1:";

    private Cursor() {
    }

    static String at(int position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    /** The position after which the next page starts; -1 for no cursor. */
    static int position(String cursor) {
        if (cursor == null) {
            return -1;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                int position = Integer.parseInt(text.substring(PREFIX.length()));
                if (position >= 0) {
                    return position;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below: a bad cursor is the client's mistake, not the server's
        }
        throw new ApiException(INVALID_CURSOR, "argument 'after': '" + cursor + "' is not a cursor this API gave out");
    }
}
