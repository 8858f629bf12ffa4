package vn.cchc.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import graphql.execution.CoercedVariables;
import graphql.introspection.IntrospectionQuery;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;
import vn.cchc.api.error.GraphQLErrors;
import vn.cchc.api.paging.Paging;

class QueryLimitsTest {

    private static final QueryLimits DEFAULTS = new QueryLimits(10, 50_000);

    private static QueryLimits.Measure measure(QueryLimits limits, String query) {
        return limits.measure(Fixture.SCHEMA, Parser.parse(query), null, CoercedVariables.emptyVariables());
    }

    private static QueryLimits.Measure measure(String query) {
        return measure(DEFAULTS, query);
    }


    /** unit { parent { parent { ... code } } }: the unit, the parents and the code, {@code depth} fields deep. */
    private static String parents(int depth) {
        return "{ unit(code: \"NA\") { " + "parent { ".repeat(depth - 2) + "code" + " }".repeat(depth - 1) + " }";
    }

    @Test
    void shouldCountTheDepthOfNestedFieldsFromOneAtTheTop() {
        assertThat(measure("{ units { totalCount } }").depth()).isEqualTo(2);
        assertThat(measure("{ unit(code: \"NA\") { parent { code } } units { nodes { code } } }").depth()).isEqualTo(3);
        assertThat(measure(parents(10)).depth()).isEqualTo(10);
    }

    @Test
    void shouldCountTheDepthThroughNamedAndInlineFragments() {
        String query = """
                { unit(code: "NA") { ...up } }
                fragment up on Unit { parent { ... on Unit { parent { ...name } } } }
                fragment name on Unit { code }""";
        assertThat(measure(query).depth()).isEqualTo(4);
    }

    @Test
    void shouldMeasureOnlyTheOperationThatRuns() throws Refusal {
        String document = "query Shallow { units { totalCount } } query Deep " + parents(12);
        QueryLimits limits = new QueryLimits(10, 50_000);
        assertThat(Fixture.check(limits, document, "Shallow", "{}").accepted()).isTrue();
        assertThat(Fixture.check(limits, document, "Deep", "{}").errors()).extracting(GraphQLErrors.Error::code)
                .containsExactly(GraphQLErrors.QUERY_TOO_DEEP);
    }

    @Test
    void shouldAcceptTheLimitAndRejectOneMoreWithTheDepthFoundTheLimitAndWhere() {
        assertThat(measure(parents(10)).errors()).isEmpty();
        assertThat(measure(parents(11)).errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(GraphQLErrors.QUERY_TOO_DEEP);
            assertThat(e.details()).containsEntry("depth", 11).containsEntry("limit", 10);
            assertThat(e.message()).contains("11").contains("10");
            assertThat(e.locations()).singleElement().satisfies(l -> assertThat(l[1]).isEqualTo(parents(11).lastIndexOf("code") + 1));
        });
    }

    @Test
    void shouldAnswerTheStandardIntrospectionQueryHoweverDeepItsOfTypeNesting() {
        QueryLimits tight = new QueryLimits(3, 1);
        assertThat(measure(tight, IntrospectionQuery.INTROSPECTION_QUERY).errors()).isEmpty();
        assertThat(measure(tight, IntrospectionQuery.INTROSPECTION_QUERY).depth()).isZero();
        // introspection does not count, the rest of the query does
        assertThat(measure("{ __typename __type(name: \"Unit\") { fields { type { ofType { ofType { name } } } } } units { nodes { code } } }")
                .depth()).isEqualTo(3);
    }

    @Test
    void shouldCostEachConnectionItsFirstTimesTheFirstOfTheConnectionsAboveIt() {
        assertThat(measure("{ units(first: 5) { nodes { children(first: 4) { totalCount } } } }").cost()).isEqualTo(5 + 5 * 4);
        assertThat(measure("""
                { units(first: 5) { edges { node { children(first: 4) { nodes { documents(first: 3) { totalCount } } } } } } }""")
                .cost()).isEqualTo(5 + 5 * 4 + 5 * 4 * 3);
    }

    @Test
    void shouldCountTheDefaultPageSizeWhereFirstIsAbsent() {
        int d = Paging.DEFAULT_PAGE_SIZE;
        assertThat(measure("{ units { nodes { children { totalCount } } } }").cost()).isEqualTo(d + d * d);
    }

    @Test
    void shouldMultiplyOnlyByConnectionsNotByObjectsOrPlainLists() {
        assertThat(measure("{ unit(code: \"NA\") { parent { children(first: 7) { nodes { documents(first: 3) { totalCount } } } } } }")
                .cost()).isEqualTo(7 + 7 * 3);
        assertThat(measure("{ unit(code: \"NA\") { predecessors { children(first: 2) { totalCount } } } }").cost()).isEqualTo(2);
        assertThat(measure("{ unit(code: \"NA\") { code name parent { code } } }").cost()).isZero();
    }

    @Test
    void shouldSumSiblingsAndCountEachAliasAsTheConnectionItIs() {
        assertThat(measure("{ units(first: 2) { totalCount } documents(first: 3) { totalCount } }").cost()).isEqualTo(5);
        assertThat(measure("{ a: units(first: 5) { totalCount } b: units(first: 6) { nodes { c: children(first: 2) { totalCount } } } }")
                .cost()).isEqualTo(5 + 6 + 6 * 2);
    }

    @Test
    void shouldCountAConnectionOnceHoweverManyFragmentsSelectIt() {
        String query = """
                { units(first: 5) { ...counted ...listed } }
                fragment counted on UnitConnection { totalCount nodes { children(first: 2) { totalCount } } }
                fragment listed on UnitConnection { nodes { ... on Unit { children(first: 2) { nodes { code } } } } }""";
        assertThat(measure(query).cost()).isEqualTo(5 + 5 * 2);
    }

    @Test
    void shouldCostWithTheValuesOfVariablesAndTheirDefaults() throws Refusal {
        String query = """
                query($n: Int, $m: Int = 3, $deep: Boolean!) {
                  units(first: $n) { nodes @include(if: $deep) { children(first: $m) { totalCount } } } }""";
        assertThat(Fixture.check(DEFAULTS, query, null, "{\"n\": 4, \"deep\": true}").cost()).isEqualTo(4 + 4 * 3);
        assertThat(Fixture.check(DEFAULTS, query, null, "{\"n\": 4, \"m\": 10, \"deep\": true}").cost()).isEqualTo(4 + 4 * 10);
        assertThat(Fixture.check(DEFAULTS, query, null, "{\"deep\": false}").cost()).isEqualTo(Paging.DEFAULT_PAGE_SIZE);
    }

    @Test
    void shouldRejectAQueryOverTheBudgetWithItsCostAndTheLimit() {
        QueryLimits limits = new QueryLimits(10, 10_000);
        assertThat(measure(limits, "{ units(first: 100) { nodes { children(first: 99) { totalCount } } } }").errors()).isEmpty();
        assertThat(measure(limits, "{ units(first: 100) { nodes { children(first: 100) { totalCount } } } }").errors())
                .singleElement().satisfies(e -> {
                    assertThat(e.code()).isEqualTo(GraphQLErrors.QUERY_TOO_COSTLY);
                    assertThat(e.details()).containsEntry("cost", 10_100L).containsEntry("limit", 10_000L);
                });
    }

    @Test
    void shouldNotLetHugePagesWrapTheCostAroundToASmallNumber() {
        QueryLimits.Measure huge = measure("""
                { units(first: 2147483647) { nodes { children(first: 2147483647) { nodes {
                    children(first: 2147483647) { totalCount } } } } } }""");
        assertThat(huge.cost()).isEqualTo(Long.MAX_VALUE);
        assertThat(huge.errors()).extracting(GraphQLErrors.Error::code).contains(GraphQLErrors.QUERY_TOO_COSTLY);
    }

    @Test
    void shouldRejectPagesOverTheMaximumWrittenInTheQueryOrGivenByAVariable() throws Refusal {
        assertThat(measure("{ units(first: 100) { nodes { children(first: 0) { totalCount } } } }").errors()).isEmpty();
        assertThat(measure("{ units { nodes { children(first: 101) { totalCount } } } }").errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("BAD_USER_INPUT");
            assertThat(e.message()).contains("children").contains("'first'").contains("101");
            assertThat(e.details()).containsEntry("first", 101).containsEntry("limit", Paging.MAX_PAGE_SIZE);
        });
        QueryCheck.Verdict byVariable = Fixture.check(DEFAULTS, "query($n: Int) { units(first: $n) { totalCount } }", null, "{\"n\": 500}");
        assertThat(byVariable.errors()).singleElement().satisfies(e -> assertThat(e.details()).containsEntry("first", 500));
        assertThat(measure("{ units(first: -1) { totalCount } }").errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("-1"));
    }

    @Test
    void shouldRefuseLimitsThatAreNotPositive() {
        assertThatThrownBy(() -> new QueryLimits(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QueryLimits(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
