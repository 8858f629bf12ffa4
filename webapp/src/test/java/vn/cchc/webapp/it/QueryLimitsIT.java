package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.webapp.it.GraphQLClient.body;
import static vn.cchc.webapp.it.GraphQLClient.json;

import graphql.introspection.IntrospectionQuery;
import graphql.introspection.IntrospectionQueryBuilder;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Depth, page size and cost are checked before a query runs: a query over a limit gets an error with its code
 * and numbers and no {@code data} at all, since nothing executed; an accepted query learns its cost.
 */
class QueryLimitsIT extends DeployedApplication {

    /** unit { parent { code parent { code ... code } } }: {@code depth} fields deep. */
    private static String parents(int depth) {
        return "{ unit(code: \"NA-SKHCN\") { " + "parent { code ".repeat(depth - 2) + "code" + " }".repeat(depth - 1) + " }";
    }

    private JsonObject rejected(String query, String variablesJson) {
        HttpResponse<String> response = client.exchange("POST", "application/json", "application/graphql-response+json",
                body(query, variablesJson));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonObject answer = json(response);
        assertThat(answer.containsKey("data")).as("executed: %s", answer).isFalse();
        assertThat(answer.getJsonArray("errors")).hasSize(1);
        return answer.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions");
    }

    @Test
    void shouldRejectAQueryDeeperThanTenWithTheDepthAndTheLimit() {
        JsonObject extensions = rejected(parents(11), "{}");
        assertThat(extensions.getString("code")).isEqualTo("QUERY_TOO_DEEP");
        assertThat(extensions.getInt("depth")).isEqualTo(11);
        assertThat(extensions.getInt("limit")).isEqualTo(10);
    }

    @Test
    void shouldAnswerAQueryTenDeep() {
        JsonObject unit = client.data(parents(10)).getJsonObject("unit");
        assertThat(unit.getJsonObject("parent").getString("code")).isEqualTo("NA-UBND");
    }

    @Test
    void shouldRejectPagesOverOneHundredBeforeRunningWrittenOrGivenByAVariable() {
        JsonObject literal = rejected("{ units { nodes { children(first: 101) { totalCount } } } }", "{}");
        assertThat(literal.getString("code")).isEqualTo("BAD_USER_INPUT");
        assertThat(literal.getInt("first")).isEqualTo(101);
        assertThat(literal.getInt("limit")).isEqualTo(100);
        JsonObject variable = rejected("query($n: Int) { documents(first: $n) { totalCount } }", "{\"n\": 101}");
        assertThat(variable.getString("code")).isEqualTo("BAD_USER_INPUT");
        assertThat(variable.getInt("first")).isEqualTo(101);
    }

    @Test
    void shouldRejectAQueryOverTheCostBudgetWithItsCostAndTheLimit() {
        JsonObject extensions = rejected("""
                { units(first: 100) { nodes { children(first: 100) { nodes { children(first: 100) { totalCount } } } } } }""", "{}");
        assertThat(extensions.getString("code")).isEqualTo("QUERY_TOO_COSTLY");
        assertThat(extensions.getJsonNumber("cost").longValue()).isEqualTo(100 + 100 * 100 + 100 * 100 * 100);
        assertThat(extensions.getJsonNumber("limit").longValue()).isEqualTo(50_000);
    }

    @Test
    void shouldTellTheCostOfAnAcceptedQuery() {
        JsonObject answer = client.post("{ units(first: 5) { nodes { children(first: 4) { totalCount } } } }");
        assertThat(answer.get("errors")).isNull();
        assertThat(answer.getJsonObject("data").getJsonObject("units").getJsonArray("nodes")).hasSize(5);
        JsonObject cost = answer.getJsonObject("extensions").getJsonObject("cost");
        assertThat(cost.getInt("requested")).isEqualTo(5 + 5 * 4);
        assertThat(cost.getInt("limit")).isEqualTo(50_000);
    }

    @Test
    void shouldAnswerTheStandardIntrospectionQuery() {
        // as graphql-java writes it for a server without @oneOf, with the TypeRef depth of graphql-js (9) and its own (7)
        for (int typeDepth : new int[] {9, 7}) {
            String standard = IntrospectionQueryBuilder.build(
                    IntrospectionQueryBuilder.Options.defaultOptions().isOneOf(false).typeRefFragmentDepth(typeDepth));
            HttpResponse<String> response = client.exchange("POST", "application/json", "application/graphql-response+json",
                    body(standard, "{}"));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonObject answer = json(response);
            assertThat(answer.get("errors")).isNull();
            JsonObject schema = answer.getJsonObject("data").getJsonObject("__schema");
            assertThat(schema.getJsonObject("queryType").getString("name")).isEqualTo("Query");
            assertThat(schema.getJsonArray("types").getValuesAs(JsonObject.class)).extracting(t -> t.getString("name"))
                    .contains("Unit", "UnitConnection", "Document");
        }
    }

    @Test
    void shouldAnswerTheOneOfFlagFromThePublishedSchemaButRefuseItBesideData() {
        // a request for the schema alone is answered by graphql-java 22 over the published schema, which knows @oneOf
        HttpResponse<String> alone = client.exchange("POST", "application/json", null, body(IntrospectionQuery.INTROSPECTION_QUERY, "{}"));
        assertThat(alone.statusCode()).isEqualTo(200);
        JsonObject answer = json(alone);
        assertThat(answer.get("errors")).as(alone.body()).isNull();
        assertThat(answer.getJsonObject("data").getJsonObject("__schema").getJsonArray("types").getValuesAs(JsonObject.class))
                .filteredOn(t -> t.getString("name").equals("UnitFilter")).singleElement()
                .satisfies(t -> assertThat(t.getBoolean("isOneOf")).isFalse());
        // beside data the engine answers, and its graphql-java 20.9 does not know the flag
        HttpResponse<String> beside = client.exchange("POST", "application/json", null,
                body("{ unit(code: \"NA\") { code } __type(name: \"UnitFilter\") { isOneOf } }", "{}"));
        assertThat(beside.statusCode()).isEqualTo(200);
        JsonObject error = json(beside).getJsonArray("errors").getJsonObject(0);
        assertThat(error.getJsonObject("extensions").getString("code")).isEqualTo("GRAPHQL_VALIDATION_FAILED");
        assertThat(error.getString("message")).contains("isOneOf");
    }
}
