package vn.cchc.api.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Sends a shaped answer with what HTTP caches need: {@code extensions.cache} (HIT, MISS, or BYPASS for what is never
 * kept), and for a query asked by GET its entity tag, {@code 304 Not Modified} when the client holds it already
 * ({@code If-None-Match}), and a {@code Cache-Control} that lets a browser keep a signed-in caller's answer for that
 * caller alone ({@code private, no-cache}: asked again every time, answered 304 while unchanged) and a proxy in a
 * province's network keep an anonymous one for everybody for a while ({@code public, max-age}): anonymous callers read
 * approved reports alone.
 */
final class HttpCaching {

    enum CacheStatus {
        HIT, MISS, BYPASS;

        private final byte[] tail = (",\"cache\":\"" + name() + "\"}}").getBytes(StandardCharsets.UTF_8);
    }

    private final int publicMaxAgeSeconds;

    HttpCaching(int publicMaxAgeSeconds) {
        this.publicMaxAgeSeconds = publicMaxAgeSeconds;
    }

    /** An answer that was kept or could be: it has an entity tag. */
    void send(HttpServletRequest request, HttpServletResponse response, ResponseType type, ResponseCache.Entry entry,
              CacheStatus cache, boolean get) throws IOException {
        if (get) {
            response.setHeader("ETag", entry.etag());
            response.setHeader("Cache-Control", request.getUserPrincipal() == null
                    ? "public, max-age=" + publicMaxAgeSeconds : "private, no-cache");
            response.setHeader("Vary", "Accept, Authorization");
            if (matches(request.getHeader("If-None-Match"), entry.etag())) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
        }
        HttpAnswers.write(response, HttpServletResponse.SC_OK, type.mediaType(), entry.head(), cache.tail);
    }

    /** An answer never kept: errors, mutations, what is read per user. */
    void send(HttpServletResponse response, ResponseType type, AnswerShaper.Shaped shaped, boolean get) throws IOException {
        if (get) {
            response.setHeader("Cache-Control", "no-store");
        }
        HttpAnswers.write(response, shaped.status(), type.mediaType(), shaped.head().getBytes(StandardCharsets.UTF_8),
                CacheStatus.BYPASS.tail);
    }

    /** Whether {@code If-None-Match} names the tag: the weak comparison RFC 9110 asks for there, or {@code *}. */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = etag.substring(2);
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .anyMatch(tag -> tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(opaque));
    }
}
