package vn.cchc.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cchc.api.Sha256;

/** Documents by hash: registered by clients unless only the trusted ones may run; each refusal with its code. */
class PersistedQueriesTest {

    private static final String TRUSTED = "query Trusted { units { totalCount } }";
    private static final String OTHER = "query Other { units { totalCount } }";
    private static final int DEPTH = 64;

    private static RequestReader.Received received(String query, String hash) throws Refusal {
        String json = "{" + (query == null ? "" : "\"query\": \"" + query + "\", ")
                + "\"extensions\": {\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"" + hash + "\"}}}";
        return new RequestReader.Received(GraphQLRequest.read(json, DEPTH), false);
    }

    private static PersistedQueries queries(boolean trustedOnly) {
        return new PersistedQueries(Map.of(Sha256.hex(TRUSTED), TRUSTED), trustedOnly);
    }

    private static String refused(PersistedQueries queries, RequestReader.Received received) {
        return catchThrowableOfType(() -> queries.resolve(received, ResponseType.JSON), Refusal.class).code();
    }

    @Test
    void shouldRegisterADocumentSentWithItsHashAndFindItByTheHashAfter() throws Refusal {
        PersistedQueries queries = queries(false);
        String hash = Sha256.hex(OTHER);
        assertThat(refused(queries, received(null, hash))).isEqualTo(PersistedQueries.NOT_FOUND);
        queries.resolve(received(OTHER, hash), ResponseType.JSON);
        assertThat(queries.resolve(received(null, hash), ResponseType.JSON).request().query()).isEqualTo(OTHER);
        assertThat(queries.resolve(received(null, Sha256.hex(TRUSTED)), ResponseType.JSON).request().query())
                .isEqualTo(TRUSTED);
        assertThat(refused(queries, received(OTHER, Sha256.hex(TRUSTED)))).isEqualTo(PersistedQueries.HASH_MISMATCH);
    }

    @Test
    void shouldRunOnlyTrustedDocumentsAndRegisterNoneWhenTrustedOnly() throws Refusal {
        PersistedQueries queries = queries(true);
        String hash = Sha256.hex(OTHER);
        assertThat(refused(queries, received(OTHER, hash))).isEqualTo(PersistedQueries.UNTRUSTED);
        assertThat(refused(queries, received(null, hash))).isEqualTo(PersistedQueries.NOT_FOUND);
        RequestReader.Received plain = new RequestReader.Received(GraphQLRequest.read("{\"query\": \"" + OTHER + "\"}", DEPTH), false);
        assertThat(refused(queries, plain)).isEqualTo(PersistedQueries.UNTRUSTED);
        RequestReader.Received trusted = new RequestReader.Received(GraphQLRequest.read("{\"query\": \"" + TRUSTED + "\"}", DEPTH), false);
        assertThat(queries.resolve(trusted, ResponseType.JSON)).isSameAs(trusted);
    }
}
