package vn.cchc.api.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import vn.cchc.api.Sha256;
import vn.cchc.api.error.ApiException;

/**
 * Opaque cursors. Today a cursor holds the position in an ordered list and a short digest of the list's filter and
 * order, so that a cursor is only taken back by the list it came from: under another filter or order the same
 * position means another item. Clients must not rely on the content, so the paging can move to keyset cursors
 * without changing the API.
 */
final class Cursor {

    static final String INVALID_CURSOR = "INVALID_CURSOR";
    private static final String PREFIX = "cchc:v2:";

    private Cursor() {
    }

    /** The key of a list: a digest of what defines it (its filter and order), short and the same on every server. */
    static String listKey(String definition) {
        return HexFormat.of().formatHex(Sha256.of(definition.getBytes(StandardCharsets.UTF_8)), 0, 6);
    }

    static String at(String list, int position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + list + ":" + position).getBytes(StandardCharsets.UTF_8));
    }

    /** The position after which the next page of {@code list} starts; -1 for no cursor. */
    static int position(String list, String cursor) {
        if (cursor == null) {
            return -1;
        }
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw notOurs(cursor);
        }
        String[] parts = text.startsWith(PREFIX) ? text.substring(PREFIX.length()).split(":", -1) : new String[0];
        if (parts.length != 2) {
            throw notOurs(cursor);
        }
        if (!parts[0].equals(list)) {
            throw new ApiException(INVALID_CURSOR, "argument 'after': '" + cursor
                    + "' belongs to a list with another filter or order; ask again from the first page");
        }
        try {
            int position = Integer.parseInt(parts[1]);
            if (position >= 0) {
                return position;
            }
        } catch (NumberFormatException e) {
            // falls through to the error below: a bad cursor is the client's mistake, not the server's
        }
        throw notOurs(cursor);
    }

    private static ApiException notOurs(String cursor) {
        return new ApiException(INVALID_CURSOR, "argument 'after': '" + cursor + "' is not a cursor this API gave out");
    }
}
