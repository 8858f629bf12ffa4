package vn.cchc.api.http;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import vn.cchc.api.Sha256;
import vn.cchc.application.security.Visibility;

/**
 * The answers this server gave to queries, kept as the exact bytes sent, so that asking again costs no execution.
 * The key is what decides an answer: the document as sent with its operation and variables, what the caller may see
 * ({@link Visibility}), the {@link vn.cchc.domain.shared.DataVersion data version} read before the answer was computed
 * (a change on any server advances it, so the next read anywhere misses), and the day in Vietnam (a plan task is
 * overdue from a date on). Only answers with data and no error are kept; bounded in bytes, the least recently used
 * going first. Hits, misses, evictions and invalidations are counted in {@code /metrics}.
 */
final class ResponseCache {

    /** Root fields read by the caller's user name and changing as imports run, outside the data version: never kept. */
    static final Set<String> UNCACHED_ROOTS = Set.of("importJob", "importJobs");

    /** What decides an answer. */
    record Key(String document, String operationName, String variables, Visibility visibility, long version, LocalDate day) {

        long size() {
            return 2L * (document.length() + variables.length()) + 64;
        }
    }

    /**
     * An answer kept: its JSON up to the last member of its extensions (the cache's own is added as it is sent), and
     * the entity tag naming those bytes.
     */
    record Entry(byte[] head, String etag) {

        static Entry of(String head) {
            byte[] bytes = head.getBytes(StandardCharsets.UTF_8);
            // weak: a hit and a miss differ in extensions.cache alone
            return new Entry(bytes, "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Sha256.of(bytes)).substring(0, 27) + "\"");
        }
    }

    private final long maxBytes;
    private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(256, 0.75f, true); // in order of use
    private long bytes;
    private long newestVersion;
    private final Counter hits;
    private final Counter misses;
    private final Counter evictions;
    private final Counter invalidations;

    ResponseCache(long maxBytes, MetricRegistry metrics) {
        this.maxBytes = maxBytes;
        hits = metrics.counter("cchc.responseCache.hits");
        misses = metrics.counter("cchc.responseCache.misses");
        evictions = metrics.counter("cchc.responseCache.evictions");
        invalidations = metrics.counter("cchc.responseCache.invalidations");
        metrics.gauge("cchc.responseCache.entries", this, ResponseCache::size);
        metrics.gauge("cchc.responseCache.bytes", this, ResponseCache::bytes);
    }

    boolean enabled() {
        return maxBytes > 0;
    }

    /** The answer kept for the key, counted as a hit; none (not counted: the request may be no query at all). */
    synchronized Optional<Entry> get(Key key) {
        forgetOlderThan(key.version());
        Entry entry = entries.get(key);
        if (entry != null) {
            hits.inc();
        }
        return Optional.ofNullable(entry);
    }

    /** Keeps an answer computed because none was kept: a miss. */
    synchronized void put(Key key, Entry entry) {
        misses.inc();
        forgetOlderThan(key.version());
        long size = key.size() + entry.head().length;
        if (key.version() < newestVersion || size > maxBytes / 4) {
            return; // computed from data already changed, or so large it would push out most of the others
        }
        Entry replaced = entries.put(key, entry);
        bytes += size - (replaced == null ? 0 : key.size() + replaced.head().length);
        for (Iterator<Map.Entry<Key, Entry>> eldest = entries.entrySet().iterator(); bytes > maxBytes && eldest.hasNext(); ) {
            Map.Entry<Key, Entry> e = eldest.next();
            bytes -= e.getKey().size() + e.getValue().head().length;
            eldest.remove();
            evictions.inc();
        }
    }

    /** Once a request has read a newer data version, the answers of older ones can never be asked for again. */
    private void forgetOlderThan(long version) {
        if (version <= newestVersion) {
            return;
        }
        newestVersion = version;
        for (Iterator<Map.Entry<Key, Entry>> e = entries.entrySet().iterator(); e.hasNext(); ) {
            Map.Entry<Key, Entry> entry = e.next();
            if (entry.getKey().version() < version) {
                bytes -= entry.getKey().size() + entry.getValue().head().length;
                e.remove();
                invalidations.inc();
            }
        }
    }

    synchronized int size() {
        return entries.size();
    }

    synchronized long bytes() {
        return bytes;
    }
}
