package vn.cchc.api.http;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.cchc.api.Sha256;

/**
 * Documents known by their SHA-256. Apollo's automatic persisted queries: a client sends the hash alone, and the
 * document with its hash once the server answered {@code PersistedQueryNotFound}; each server keeps what it was sent
 * until it stops. Trusted documents, registered at build time (the pages' own, {@code /WEB-INF/trusted-documents.json})
 * or at deploy time ({@code cchc.graphql.trusted-documents-file}), both {@code {"<sha256>": "<document>"}} as GraphQL
 * Code Generator writes them. With {@code cchc.graphql.trusted-documents-only} only the trusted documents run and
 * nothing is registered: OWASP's advice for a GraphQL endpoint open to the public.
 */
final class PersistedQueries {

    static final String NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND";
    static final String HASH_MISMATCH = "PERSISTED_QUERY_HASH_MISMATCH";
    static final String UNTRUSTED = "UNTRUSTED_DOCUMENT";
    /** What Apollo's link looks for to send the document (its code too): the protocol's words, in every language. */
    static final String NOT_FOUND_MESSAGE = "PersistedQueryNotFound";
    static final String BUILT_IN = "/WEB-INF/trusted-documents.json";
    /** Documents registered by clients, the least recently used forgotten first: a client sends it again when asked. */
    private static final int MAX_REGISTERED = 10_000;

    private final Map<String, String> trusted;
    private final boolean trustedOnly;
    private final Map<String, String> registered = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > MAX_REGISTERED;
        }
    });

    PersistedQueries(Map<String, String> trusted, boolean trustedOnly) {
        this.trusted = Map.copyOf(trusted);
        this.trustedOnly = trustedOnly;
    }

    /** The trusted documents of the WAR and of the deploy-time file; a hash that is not its document's fails the start. */
    static PersistedQueries load(ServletContext context, Optional<String> file, boolean trustedOnly) {
        Map<String, String> trusted = new LinkedHashMap<>();
        try (InputStream builtIn = context.getResourceAsStream(BUILT_IN)) {
            if (builtIn != null) {
                trusted.putAll(read(new InputStreamReader(builtIn, StandardCharsets.UTF_8), BUILT_IN));
            }
            if (file.isPresent()) {
                try (Reader deployed = Files.newBufferedReader(Path.of(file.get()), StandardCharsets.UTF_8)) {
                    trusted.putAll(read(deployed, file.get()));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not read the trusted documents: " + e.getMessage(), e);
        }
        return new PersistedQueries(trusted, trustedOnly);
    }

    private static Map<String, String> read(Reader reader, String source) {
        JsonObject documents;
        try {
            documents = Json.createReader(reader).readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalStateException(source + " is not a JSON object of SHA-256 to document", e);
        }
        Map<String, String> read = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> document : documents.entrySet()) {
            if (!(document.getValue() instanceof JsonString text) || !Sha256.hex(text.getString()).equals(document.getKey())) {
                throw new IllegalStateException(source + ": " + document.getKey() + " is not the SHA-256 of its document");
            }
            read.put(document.getKey(), text.getString());
        }
        return read;
    }

    int trustedCount() {
        return trusted.size();
    }

    /** The request with its document, found by its hash when it sent none; refuses what may not run here. */
    RequestReader.Received resolve(RequestReader.Received received, ResponseType type) throws Refusal {
        GraphQLRequest request = received.request();
        if (request.query() == null) {
            String document = trusted.get(request.persistedHash());
            if (document == null && !trustedOnly) {
                document = registered.get(request.persistedHash());
            }
            if (document == null) {
                throw new Refusal(type.notExecutedStatus(), NOT_FOUND, NOT_FOUND_MESSAGE);
            }
            return received.withQuery(document);
        }
        if (request.persistedHash() == null && !trustedOnly) {
            return received; // the usual request: nothing to look up
        }
        String hash = Sha256.hex(request.query());
        if (request.persistedHash() != null && !hash.equals(request.persistedHash())) {
            throw new Refusal(HttpServletResponse.SC_BAD_REQUEST, HASH_MISMATCH,
                    "extensions.persistedQuery.sha256Hash is not the SHA-256 of the query, " + hash);
        }
        if (trustedOnly && !trusted.containsKey(hash)) {
            throw new Refusal(type.notExecutedStatus(), UNTRUSTED,
                    "this server runs only its trusted documents, and this one (SHA-256 " + hash + ") is none of them");
        }
        if (request.persistedHash() != null && !trustedOnly) {
            registered.putIfAbsent(hash, request.query());
        }
        return received;
    }
}
