package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.webapp.it.GraphQLClient.body;
import static vn.cchc.webapp.it.GraphQLClient.json;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The endpoint speaks GraphQL over HTTP (https://graphql.github.io/graphql-over-http/draft/): both response types,
 * their status codes, and a 4xx in the API's error model for what is not a GraphQL request.
 */
class HttpProtocolIT extends DeployedApplication {

    private static final String JSON = "application/json";
    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    private HttpResponse<String> post(String accept, String body) {
        return client.exchange("POST", JSON, accept, body);
    }

    private static void assertAnswer(HttpResponse<String> response, int status, String contentType) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(contentType).containsIgnoringCase("utf-8");
    }

    private static String onlyCode(HttpResponse<String> response) {
        JsonObject answer = json(response);
        assertThat(answer.getJsonArray("errors")).hasSize(1);
        return answer.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code");
    }

    @Test
    void shouldAnswerAQueryWith200InTheTypeTheClientAccepts() {
        String query = body("{ unit(code: \"NA-SKHCN\") { name } }", "{}");
        for (String accept : new String[] {null, "*/*", JSON, GRAPHQL_RESPONSE, GRAPHQL_RESPONSE + ", " + JSON + ";q=0.9"}) {
            HttpResponse<String> response = post(accept, query);
            assertAnswer(response, 200, accept != null && accept.startsWith(GRAPHQL_RESPONSE) ? GRAPHQL_RESPONSE : JSON);
            assertThat(json(response).getJsonObject("data").getJsonObject("unit").getString("name"))
                    .isEqualTo("Sở Khoa học và Công nghệ tỉnh Nghệ An");
        }
    }

    /** Credentials go with each request: an answer to a signed-in caller sets no cookie that would stand in for them. */
    @Test
    void shouldSetNoCookieForASignedInCaller() {
        HttpResponse<String> response = post(JSON, body("{ unit(code: \"NA-SKHCN\") { name } }", "{}"));
        assertAnswer(response, 200, JSON);
        assertThat(response.headers().allValues("Set-Cookie")).as("cookies set for the analyst").isEmpty();
    }

    @Test
    void shouldAnswerAParseErrorWith200AsJsonAnd400AsGraphQLResponse() {
        String broken = body("{ units { nodes { code } ", "{}");
        assertAnswer(post(JSON, broken), 200, JSON);
        assertThat(onlyCode(post(JSON, broken))).isEqualTo("GRAPHQL_PARSE_FAILED");
        assertAnswer(post(GRAPHQL_RESPONSE, broken), 400, GRAPHQL_RESPONSE);
        assertThat(onlyCode(post(GRAPHQL_RESPONSE, broken))).isEqualTo("GRAPHQL_PARSE_FAILED");
    }

    @Test
    void shouldAnswerAValidationErrorWith200AsJsonAnd400AsGraphQLResponse() {
        String invalid = body("{ units { nodes { noSuchField } } }", "{}");
        assertAnswer(post(null, invalid), 200, JSON);
        assertThat(onlyCode(post(null, invalid))).isEqualTo("GRAPHQL_VALIDATION_FAILED");
        assertAnswer(post(GRAPHQL_RESPONSE, invalid), 400, GRAPHQL_RESPONSE);
        assertThat(json(post(GRAPHQL_RESPONSE, invalid)).containsKey("data")).isFalse();
        HttpResponse<String> date = post(GRAPHQL_RESPONSE, body("{ documents(filter: {issuedOn: {gte: \"2022-1-26\"}}) { totalCount } }", "{}"));
        assertAnswer(date, 400, GRAPHQL_RESPONSE);
        assertThat(onlyCode(date)).isEqualTo("GRAPHQL_VALIDATION_FAILED");
    }

    @Test
    void shouldAnswerAVariableOfTheWrongTypeAsBadUserInputNamingIt() {
        String wrong = body("query($n: Int) { units(first: $n) { totalCount } }", "{\"n\": \"five\"}");
        assertAnswer(post(JSON, wrong), 200, JSON);
        assertAnswer(post(GRAPHQL_RESPONSE, wrong), 400, GRAPHQL_RESPONSE);
        JsonObject error = json(post(GRAPHQL_RESPONSE, wrong)).getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("message")).contains("$n").contains("Int").contains("\"five\"");
        assertThat(error.getJsonObject("extensions").getString("code")).isEqualTo("BAD_USER_INPUT");
        assertThat(error.getJsonObject("extensions").getString("variable")).isEqualTo("n");
        // a date the engine cannot read is refused before it: the engine would fail with a server error
        HttpResponse<String> date = post(GRAPHQL_RESPONSE,
                body("query($f: DocumentFilter) { documents(filter: $f) { totalCount } }", "{\"f\": {\"issuedOn\": {\"gte\": \"2022-02-30\"}}}"));
        assertAnswer(date, 400, GRAPHQL_RESPONSE);
        assertThat(json(date).getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("variable")).isEqualTo("f");
    }

    @Test
    void shouldAnswerAnExecutedQueryWith200EvenWithAFieldError() {
        HttpResponse<String> response = post(GRAPHQL_RESPONSE, body("{ document(number: \"56//QĐ\") { number } }", "{}"));
        assertAnswer(response, 200, GRAPHQL_RESPONSE);
        JsonObject answer = json(response);
        assertThat(answer.containsKey("data")).isTrue();
        assertThat(answer.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code"))
                .isEqualTo("INVALID_DOCUMENT_NUMBER");
    }

    @Test
    void shouldRunTheNamedOperationAndAnswerAnUnknownNameAsARequestError() {
        String document = "query Units { units { totalCount } } query Unit { unit(code: \"NA-SKHCN\") { code } }";
        String named = "{\"query\": \"" + document.replace("\"", "\\\"") + "\", \"operationName\": \"Unit\"}";
        assertThat(json(post(JSON, named)).getJsonObject("data").getJsonObject("unit").getString("code")).isEqualTo("NA-SKHCN");
        HttpResponse<String> unnamed = post(GRAPHQL_RESPONSE, body(document, "{}"));
        assertAnswer(unnamed, 400, GRAPHQL_RESPONSE);
        assertThat(onlyCode(unnamed)).isEqualTo("BAD_REQUEST");
        HttpResponse<String> unknown = post(JSON, named.replace("\"Unit\"}", "\"Nothing\"}"));
        assertAnswer(unknown, 200, JSON);
        assertThat(json(unknown).getJsonArray("errors").getJsonObject(0).getString("message")).contains("Nothing");
    }

    @Test
    void shouldRefuseABodyThatIsNotJsonOrAsksNoQueryWith400() {
        String[] bodies = {"this is not json", "[]", "{\"variables\": {}}", "{\"query\": \"{ units { totalCount } }\", \"variables\": [1]}"};
        for (String bad : bodies) {
            HttpResponse<String> response = post(GRAPHQL_RESPONSE, bad);
            assertAnswer(response, 400, GRAPHQL_RESPONSE);
            assertThat(onlyCode(response)).isEqualTo("BAD_REQUEST");
            assertThat(post(JSON, bad).statusCode()).isEqualTo(400);
        }
    }

    @Test
    void shouldRefuseAnyBodyButJsonWith415() {
        String query = body("{ units { totalCount } }", "{}");
        for (String contentType : new String[] {null, "text/plain", "application/graphql", "application/json; charset=ISO-8859-1"}) {
            HttpResponse<String> response = client.exchange("POST", contentType, null, query);
            assertAnswer(response, 415, JSON);
            assertThat(onlyCode(response)).isEqualTo("BAD_REQUEST");
        }
        assertThat(client.exchange("POST", "application/json; charset=utf-8", null, query).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldAnswerQueriesSentWithGetButRefuseMutationsAndOtherMethodsWith405() {
        // what urql sends by default: the request in the URL, variables as JSON
        HttpResponse<String> get = client.get("graphql?query=" + encode("query Q($c: String!) { unit(code: $c) { code __typename } }")
                + "&operationName=Q&variables=" + encode("{\"c\": \"NA-SKHCN\"}"));
        assertAnswer(get, 200, JSON);
        assertThat(json(get).getJsonObject("data").getJsonObject("unit").getString("code")).isEqualTo("NA-SKHCN");
        HttpResponse<String> mutation = client.get("graphql?query=" + encode("mutation { __typename }"));
        assertAnswer(mutation, 405, JSON);
        assertThat(mutation.headers().firstValue("Allow")).contains("POST");
        HttpResponse<String> badVariables = client.get("graphql?query=" + encode("{ __typename }") + "&variables=" + encode("[1"));
        assertAnswer(badVariables, 400, JSON);
        assertThat(onlyCode(badVariables)).isEqualTo("BAD_REQUEST");
        assertThat(client.get("graphql").statusCode()).isEqualTo(400);
        HttpResponse<String> put = client.exchange("PUT", JSON, null, body("{ units { totalCount } }", "{}"));
        assertAnswer(put, 405, JSON);
        assertThat(put.headers().firstValue("Allow")).contains("GET, POST");
        assertThat(onlyCode(put)).isEqualTo("BAD_REQUEST");
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void shouldRefuseAClientThatAcceptsNeitherTypeWith406() {
        HttpResponse<String> response = post("text/html", body("{ units { totalCount } }", "{}"));
        assertAnswer(response, 406, JSON);
        assertThat(onlyCode(response)).isEqualTo("BAD_REQUEST");
    }

    @Test
    void shouldAnswerTypeNamesAndTheSchemaWhereverAQueryAsksForThem() {
        // what Apollo Client and urql add to every selection set, and what introspection tools ask in fragments and aliases
        JsonObject data = client.data("""
                query Q { __typename root: __typename ...Root
                  unit(code: "NA-SKHCN") { __typename code parent { ... on Unit { __typename code } } documents(first: 1) { __typename
                    nodes { __typename ...D } pageInfo { __typename } } } }
                fragment Root on Query { fromFragment: __typename }
                fragment D on Document { __typename number }""");
        assertThat(data.getString("__typename")).isEqualTo("Query");
        assertThat(data.getString("root")).isEqualTo("Query");
        assertThat(data.getString("fromFragment")).isEqualTo("Query");
        JsonObject unit = data.getJsonObject("unit");
        assertThat(unit.getString("__typename")).isEqualTo("Unit");
        assertThat(unit.getJsonObject("parent").getString("__typename")).isEqualTo("Unit");
        assertThat(unit.getJsonObject("documents").getString("__typename")).isEqualTo("DocumentConnection");
        assertThat(unit.getJsonObject("documents").getJsonObject("pageInfo").getString("__typename")).isEqualTo("PageInfo");
        assertThat(unit.getJsonObject("documents").getJsonArray("nodes").getJsonObject(0).getString("__typename"))
                .isEqualTo("Document");
        JsonObject schema = client.data("""
                { s: __schema { ...S } t: __type(name: "ReportStatus") { ...T } __typename }
                fragment S on __Schema { queryType { name } mutationType { name } }
                fragment T on __Type { name enumValues { name description } }""");
        assertThat(schema.getJsonObject("s").getJsonObject("mutationType").getString("name")).isEqualTo("Mutation");
        assertThat(schema.getJsonObject("t").getJsonArray("enumValues").getValuesAs(JsonObject.class))
                .extracting(v -> v.getString("name") + ": " + v.getString("description"))
                .contains("DRAFT: Being written (dự thảo).");
        JsonObject payload = client.as(GraphQLClient.ADMIN).post("mutation { __typename }");
        assertThat(payload.getJsonObject("data").getString("__typename")).isEqualTo("Mutation");
        assertThat(payload.getJsonObject("extensions").getJsonObject("cost").getInt("requested")).isZero();
    }
}
