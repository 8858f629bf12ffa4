package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The one filter and order style, through the API over the sample and the demo province. */
class FilterIT extends DeployedApplication {

    private List<JsonObject> nodes(JsonObject connection) {
        return connection.getJsonArray("nodes").getValuesAs(JsonObject.class);
    }

    private int count(String listAndFilter) {
        return client.data("{ " + listAndFilter + " { totalCount } }").getJsonObject(listAndFilter.substring(0, listAndFilter.indexOf('(')))
                .getInt("totalCount");
    }

    @Test
    void shouldOrderTheProceduresOfAFieldByNameDescending() {
        String field = nodes(client.data("""
                { procedures(first: 1, filter: {competentUnit: {within: "MH-TINH"}}) { nodes { field { code } } } }""")
                .getJsonObject("procedures")).get(0).getJsonObject("field").getString("code");
        JsonObject procedures = client.data("""
                { procedures(first: 100, filter: {field: {code: {eq: "%s"}}}, orderBy: [{field: NAME, direction: DESC}]) {
                    totalCount nodes { name field { code } } } }""".formatted(field)).getJsonObject("procedures");
        List<String> names = nodes(procedures).stream().map(p -> p.getString("name")).toList();
        assertThat(names).hasSizeGreaterThan(1).hasSize(Math.min(100, procedures.getInt("totalCount")))
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(nodes(procedures)).allMatch(p -> p.getJsonObject("field").getString("code").equals(field));
    }

    @Test
    void shouldPageThroughAnOrderedListWithCursorsWithoutGapsOrRepeats() {
        String query = """
                { units(first: %d, filter: {within: "MH-TINH", kind: {in: [DEPARTMENT, ONE_STOP_SHOP, PUBLIC_SERVICE_UNIT]}},
                        orderBy: [{field: KIND, direction: DESC}, {field: SHORT_NAME}]%s) {
                    totalCount nodes { code kind } pageInfo { hasNextPage endCursor } } }""";
        JsonObject whole = client.data(query.formatted(100, "")).getJsonObject("units");
        List<String> expected = nodes(whole).stream().map(u -> u.getString("code")).toList();
        assertThat(whole.getInt("totalCount")).isEqualTo(expected.size()).isLessThanOrEqualTo(100).isGreaterThan(20);
        assertThat(nodes(whole).stream().map(u -> u.getString("kind")).toList()).isSortedAccordingTo(Comparator.reverseOrder());
        List<String> paged = new ArrayList<>();
        String after = "";
        boolean more = true;
        while (more) {
            JsonObject page = client.data(query.formatted(7, after)).getJsonObject("units");
            nodes(page).forEach(u -> paged.add(u.getString("code")));
            more = page.getJsonObject("pageInfo").getBoolean("hasNextPage");
            after = ", after: \"" + page.getJsonObject("pageInfo").getString("endCursor", "") + "\"";
        }
        assertThat(paged).doesNotHaveDuplicates().containsExactlyElementsOf(expected);
    }

    @Test
    void shouldRefuseACursorFromTheSameListInAnotherOrder() {
        String cursor = client.data("{ units(first: 2, orderBy: [{field: NAME}]) { pageInfo { endCursor } } }")
                .getJsonObject("units").getJsonObject("pageInfo").getString("endCursor");
        JsonObject response = client.post("{ units(first: 2, orderBy: [{field: CODE}], after: \"" + cursor + "\") { totalCount } }");
        JsonObject error = response.getJsonArray("errors").getJsonObject(0);
        assertThat(error.getJsonObject("extensions").getString("code")).isEqualTo("INVALID_CURSOR");
        assertThat(error.getString("message")).contains("another filter or order");
    }

    @Test
    void shouldCombineOperatorsAndLogicConsistently() {
        String within = "unit: {within: \"MH-TINH\"}, receivedOn: {gte: \"2024-01-01\", lt: \"2024-04-01\"}";
        int all = count("dossiers(filter: {" + within + "})");
        int late = count("dossiers(filter: {" + within + ", status: {eq: RESOLVED_LATE}})");
        int early = count("dossiers(filter: {" + within + ", status: {eq: RESOLVED_EARLY}})");
        int either = count("dossiers(filter: {" + within + ", status: {in: [RESOLVED_LATE, RESOLVED_EARLY]}})");
        int viaOr = count("dossiers(filter: {" + within + ", or: [{status: {eq: RESOLVED_LATE}}, {status: {eq: RESOLVED_EARLY}}]})");
        int neither = count("dossiers(filter: {" + within + ", not: {status: {in: [RESOLVED_LATE, RESOLVED_EARLY]}}})");
        assertThat(late).isPositive();
        assertThat(early).isPositive();
        assertThat(either).isEqualTo(viaOr).isEqualTo(late + early);
        assertThat(neither).isEqualTo(all - either);
        int open = count("dossiers(filter: {" + within + ", closedOn: {isNull: true}})");
        int closed = count("dossiers(filter: {" + within + ", closedOn: {isNull: false}})");
        int notClosedInQ1 = count("dossiers(filter: {" + within + ", not: {closedOn: {lte: \"2024-03-31\"}}})");
        int closedInQ1 = count("dossiers(filter: {" + within + ", closedOn: {lte: \"2024-03-31\"}})");
        assertThat(open + closed).isEqualTo(all);
        assertThat(notClosedInQ1 + closedInQ1).as("not is the exact complement, open dossiers included").isEqualTo(all);
        int prefixed = count("units(filter: {code: {startsWith: \"MH-S\"}, within: \"MH-TINH\"})");
        int departments = count("units(filter: {parent: {code: {eq: \"MH-UBND\"}}, kind: {eq: DEPARTMENT}})");
        assertThat(prefixed).isGreaterThanOrEqualTo(departments).isPositive();
    }

    @Test
    void shouldFilterObservationsThroughTheUnitsKindAndTheIndicator() {
        JsonObject data = client.data("""
                { observations(first: 100, filter: {unit: {kind: {eq: DEPARTMENT}, within: "MH-TINH"},
                                                  indicator: {code: {eq: "DOSSIERS_RECEIVED"}},
                                                  period: {type: {eq: QUARTER}, year: {eq: 2024}}, totalOnly: true},
                               orderBy: [{field: VALUE, direction: DESC}]) {
                    totalCount nodes { value unit { kind } indicator { code } period { year } } } }""");
        List<JsonObject> found = nodes(data.getJsonObject("observations"));
        assertThat(found).hasSizeGreaterThan(20).allMatch(o -> o.getJsonObject("unit").getString("kind").equals("DEPARTMENT")
                && o.getJsonObject("indicator").getString("code").equals("DOSSIERS_RECEIVED")
                && o.getJsonObject("period").getInt("year") == 2024);
        assertThat(found.stream().map(o -> o.getJsonNumber("value").doubleValue()).toList()).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void shouldFilterAndOrderNestedListsOncePerParent() {
        JsonObject data = client.data("""
                { units(filter: {parent: {code: {eq: "MH-UBND"}}, kind: {eq: DEPARTMENT}}, first: 20) { nodes { code
                    children(filter: {kind: {eq: PUBLIC_SERVICE_UNIT}}, orderBy: [{field: NAME, direction: DESC}]) {
                      totalCount nodes { name kind parent { code } } } } } }""");
        List<JsonObject> departments = nodes(data.getJsonObject("units"));
        assertThat(departments).hasSize(20).anyMatch(d -> d.getJsonObject("children").getInt("totalCount") > 1);
        for (JsonObject department : departments) {
            List<JsonObject> children = nodes(department.getJsonObject("children"));
            assertThat(children).allMatch(c -> c.getString("kind").equals("PUBLIC_SERVICE_UNIT")
                    && c.getJsonObject("parent").getString("code").equals(department.getString("code")));
            assertThat(children.stream().map(c -> c.getString("name")).toList()).isSortedAccordingTo(Comparator.reverseOrder());
        }
    }

    @Test
    void shouldRefuseBadFilterInputNamingItsPath() {
        String tooMany = IntStream.range(0, 1001).mapToObj(i -> "\"C" + i + "\"").collect(Collectors.joining(", "));
        JsonObject error = client.post("{ documents(filter: {or: [{}, {issuer: {code: {in: [" + tooMany + "]}}}]}) { totalCount } }")
                .getJsonArray("errors").getJsonObject(0);
        assertThat(error.getJsonObject("extensions").getString("code")).isEqualTo("BAD_USER_INPUT");
        assertThat(error.getString("message")).contains("filter.or[1].issuer.code.in").contains("at most 1000");
        JsonObject conflict = client.post("{ dossiers(filter: {closedOn: {isNull: true, gte: \"2024-01-01\"}}) { totalCount } }")
                .getJsonArray("errors").getJsonObject(0);
        assertThat(conflict.getJsonObject("extensions").getString("code")).isEqualTo("BAD_USER_INPUT");
        assertThat(conflict.getString("message")).contains("filter.closedOn");
    }
}
