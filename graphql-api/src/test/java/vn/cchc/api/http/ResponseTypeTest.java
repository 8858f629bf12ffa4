package vn.cchc.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.api.http.ResponseType.GRAPHQL_RESPONSE;
import static vn.cchc.api.http.ResponseType.JSON;

import org.junit.jupiter.api.Test;

class ResponseTypeTest {

    @Test
    void shouldAnswerJsonWhenTheClientStatesNoPreference() {
        assertThat(ResponseType.negotiate(null)).contains(JSON);
        assertThat(ResponseType.negotiate(" ")).contains(JSON);
        assertThat(ResponseType.negotiate("*/*")).contains(JSON);
        assertThat(ResponseType.negotiate("application/*")).contains(JSON);
        assertThat(ResponseType.negotiate("application/json, application/graphql-response+json")).contains(JSON);
    }

    @Test
    void shouldAnswerTheGraphQLResponseTypeWhenTheClientPrefersIt() {
        assertThat(ResponseType.negotiate("application/graphql-response+json")).contains(GRAPHQL_RESPONSE);
        assertThat(ResponseType.negotiate("application/graphql-response+json, application/json;q=0.9")).contains(GRAPHQL_RESPONSE);
        assertThat(ResponseType.negotiate("Application/GraphQL-Response+JSON; charset=utf-8")).contains(GRAPHQL_RESPONSE);
        assertThat(ResponseType.negotiate("application/json; q=0, */*")).contains(GRAPHQL_RESPONSE);
    }

    @Test
    void shouldHonourTheMostSpecificRange() {
        assertThat(ResponseType.negotiate("application/graphql-response+json;q=0.5, */*;q=0.8")).contains(JSON);
        assertThat(ResponseType.negotiate("text/html, application/json;q=0.1")).contains(JSON);
    }

    @Test
    void shouldAcceptNeitherWhenTheClientAcceptsOnlyOthers() {
        assertThat(ResponseType.negotiate("text/html")).isEmpty();
        assertThat(ResponseType.negotiate("application/xml, text/*")).isEmpty();
        assertThat(ResponseType.negotiate("application/json;q=0, application/graphql-response+json;q=0")).isEmpty();
        assertThat(ResponseType.negotiate("application/json;q=abc")).isEmpty();
    }

    @Test
    void shouldAnswerRequestsThatNeverRanWith400OnlyInTheNewType() {
        assertThat(JSON.notExecutedStatus()).isEqualTo(200);
        assertThat(GRAPHQL_RESPONSE.notExecutedStatus()).isEqualTo(400);
        assertThat(GRAPHQL_RESPONSE.mediaType()).isEqualTo("application/graphql-response+json");
    }

    @Test
    void shouldAcceptNothingFromAHeaderOfEmptyRanges() {
        assertThat(ResponseType.negotiate(";;;")).isEmpty();
        assertThat(ResponseType.negotiate(", ;")).isEmpty();
        assertThat(ResponseType.negotiate("application/json;;q=0.5")).contains(ResponseType.JSON);
    }
}
