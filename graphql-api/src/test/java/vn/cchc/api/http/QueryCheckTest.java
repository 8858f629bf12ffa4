package vn.cchc.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.introspection.IntrospectionQuery;
import graphql.introspection.IntrospectionQueryBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cchc.api.error.GraphQLErrors;

class QueryCheckTest {

    private static final QueryLimits LIMITS = new QueryLimits(10, 50_000);

    private static List<GraphQLErrors.Error> errors(String query) throws Refusal {
        return Fixture.check(LIMITS, query, null, "{}").errors();
    }

    private static List<GraphQLErrors.Error> errors(String query, String variablesJson) throws Refusal {
        return Fixture.check(LIMITS, query, null, variablesJson).errors();
    }

    @Test
    void shouldDeclareTheScalarsTheEngineLeftUndeclared() {
        PublishedSchema published = PublishedSchema.of("type Query { unit(code: String!): Unit } type Unit { validFrom: Date }", Map.of());
        assertThat(published.sdl()).contains("scalar Date").doesNotContain("scalar String");
        assertThat(published.schema().getType("Date")).isNotNull();
    }

    @Test
    void shouldLetTypeNamesThroughAnywhereForFree() throws Refusal {
        for (String query : List.of("{ __typename }", "{ a: __typename b: __typename }",
                "{ unit(code: \"NA\") { __typename code parent { __typename } } }",
                "{ ...Root } fragment Root on Query { __typename units(first: 2) { __typename nodes { ...U } } } fragment U on Unit { __typename }",
                "{ units(first: 2) { nodes { ... on Unit { __typename children(first: 3) { __typename } } } } }")) {
            QueryCheck.Verdict verdict = Fixture.check(LIMITS, query, null, "{}");
            assertThat(verdict.errors()).as(query).isEmpty();
        }
        assertThat(Fixture.check(LIMITS, "{ units(first: 2) { __typename nodes { __typename children(first: 3) { __typename } } } }",
                null, "{}").cost()).isEqualTo(2 + 2 * 3);
    }

    @Test
    void shouldTellRequestsForTheSchemaAloneFromRequestsForData() throws Refusal {
        for (String query : List.of("{ __typename }", "{ __schema { queryType { name } } }", "{ t: __type(name: \"Unit\") { name } }",
                "{ ...F } fragment F on Query { __typename }", "query Q { __schema { types { name } } __typename }")) {
            assertThat(Fixture.check(LIMITS, query, null, "{}").introspection()).as(query).isTrue();
        }
        for (String query : List.of("{ __typename unit(code: \"NA\") { code } }", "{ unit(code: \"NA\") { __typename } }",
                "{ __schema { queryType { name } } ...F } fragment F on Query { unit(code: \"NA\") { code } }")) {
            assertThat(Fixture.check(LIMITS, query, null, "{}").introspection()).as(query).isFalse();
        }
    }

    @Test
    void shouldPutTheEnumValuesDescriptionsIntoTheSchemaAndItsIntrospection() throws Refusal {
        PublishedSchema published = PublishedSchema.of("""
                type Query { status: Status }
                "Where a report stands."
                enum Status {
                  DRAFT
                  APPROVED
                  "Said by the engine."
                  SUPERSEDED
                }""", Map.of("Status", Map.of("DRAFT", "Being written (dự thảo).", "SUPERSEDED", "Replaced.")));
        assertThat(published.sdl()).contains("\"Being written (dự thảo).\"\n  DRAFT").contains("\"Said by the engine.\"\n  SUPERSEDED")
                .contains("  APPROVED");
        String answer = published.introspect(GraphQLRequest.read(Fixture.request(
                "{ __type(name: \"Status\") { enumValues { name description } } }", null, "{}"), 8));
        assertThat(answer).contains("{\"name\":\"DRAFT\",\"description\":\"Being written (dự thảo).\"}")
                .contains("{\"name\":\"APPROVED\",\"description\":null}");
    }

    @Test
    void shouldLetAValidQueryThroughWithItsCost() throws Refusal {
        QueryCheck.Verdict verdict = Fixture.check(LIMITS,
                "{ unit(code: \"NA\") { code validFrom children(first: 3) { nodes { code } } } }", null, "{}");
        assertThat(verdict.accepted()).isTrue();
        assertThat(verdict.cost()).isEqualTo(3);
    }

    @Test
    void shouldNameTheUnknownFieldAndWhereItIs() throws Refusal {
        assertThat(errors("{ unit(code: \"NA\") {\n  noSuchField } }")).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(GraphQLErrors.VALIDATION_FAILED);
            assertThat(e.message()).contains("noSuchField").contains("Unit");
            assertThat(e.locations()).singleElement().satisfies(l -> assertThat(l[0]).isEqualTo(2));
        });
    }

    @Test
    void shouldRejectAMissingRequiredArgument() throws Refusal {
        assertThat(errors("{ unit { code } }")).singleElement().satisfies(e -> assertThat(e.message()).contains("code"));
    }

    @Test
    void shouldReportSyntaxErrorsAsParseFailures() throws Refusal {
        assertThat(errors("{ unit(code: \"NA\") { code ")).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(GraphQLErrors.PARSE_FAILED);
            assertThat(e.locations()).isNotEmpty();
        });
    }

    @Test
    void shouldRunTheNamedOperationAndRefuseAnUnknownOrMissingName() throws Refusal {
        String document = "query A { units { totalCount } } query B { documents { totalCount } }";
        assertThat(Fixture.check(LIMITS, document, "B", "{}").accepted()).isTrue();
        assertThat(Fixture.check(LIMITS, document, "C", "{}").errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(GraphQLErrors.BAD_REQUEST);
            assertThat(e.message()).contains("'C'");
        });
        assertThat(Fixture.check(LIMITS, document, null, "{}").errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(GraphQLErrors.BAD_REQUEST);
            assertThat(e.message()).contains("operation name");
        });
    }

    @Test
    void shouldNameEachVariableThatIsNotOfItsTypeInWordsOfJson() throws Refusal {
        String query = """
                query($n: Int, $code: String!, $f: UnitFilter) {
                  unit(code: $code) { code } units(first: $n, filter: $f) { totalCount } }""";
        List<GraphQLErrors.Error> errors = errors(query, "{\"n\": 1.5, \"f\": {\"parentCode\": \"NA\", \"noSuchField\": 1}}");
        assertThat(errors).extracting(e -> e.details().get("variable")).containsExactly("n", "code", "f");
        assertThat(errors).allSatisfy(e -> assertThat(e.code()).isEqualTo("BAD_USER_INPUT"));
        assertThat(errors.get(0).message()).isEqualTo("variable '$n': expected a value of type Int, got 1.5");
        assertThat(errors.get(1).message()).isEqualTo("variable '$code': expected a value of type String!, got nothing");
        assertThat(errors.get(2).message()).contains("noSuchField");
        assertThat(errors.get(0).locations()).singleElement().satisfies(l -> assertThat(l[1]).isEqualTo(query.indexOf("$n") + 1));
        // graphql-java's own messages would name the classes the values were read into
        assertThat(errors).extracting(GraphQLErrors.Error::message).noneMatch(m -> m.contains("BigDecimal") || m.contains("Map"));
    }

    @Test
    void shouldQuoteOnlyTheStartOfALongWrongValue() throws Refusal {
        String value = "x".repeat(500);
        assertThat(errors("query($n: Int) { units(first: $n) { totalCount } }", "{\"n\": \"" + value + "\"}"))
                .singleElement().satisfies(e -> assertThat(e.message()).hasSizeLessThan(200).endsWith("…"));
    }

    @Test
    void shouldAcceptVariablesOfTheirTypes() throws Refusal {
        assertThat(errors("query($n: Int, $f: UnitFilter) { units(first: $n, filter: $f) { totalCount } }",
                "{\"n\": 3, \"f\": {\"parentCode\": \"NA\", \"validOn\": \"2022-01-01\"}}")).isEmpty();
    }

    @Test
    void shouldReadDatesAsTheEngineDoesInTheQueryAndInVariables() throws Refusal {
        String query = "query($f: UnitFilter) { units(filter: $f) { totalCount } }";
        for (String wrong : new String[] {"\"2022-02-30\"", "\"2022-1-1\"", "\"2022-01-01+07:00\"", "20220101"}) {
            assertThat(errors(query, "{\"f\": {\"validOn\": " + wrong + "}}")).as(wrong).singleElement().satisfies(e -> {
                assertThat(e.code()).isEqualTo("BAD_USER_INPUT");
                assertThat(e.details()).containsEntry("variable", "f");
            });
            assertThat(errors("{ units(filter: {validOn: " + wrong + "}) { totalCount } }")).as(wrong).singleElement().satisfies(e -> {
                assertThat(e.code()).isEqualTo(GraphQLErrors.VALIDATION_FAILED);
                assertThat(e.message()).contains("ISO-8601").contains(wrong);
            });
        }
        assertThat(errors("{ units(filter: {validOn: \"2024-02-29\"}) { totalCount } }")).isEmpty();
    }

    @Test
    void shouldPassTheStandardIntrospectionQueryButNotTheOneOfFlagTheEngineDoesNotKnowInAQueryForData() throws Refusal {
        String standard = IntrospectionQueryBuilder.build(IntrospectionQueryBuilder.Options.defaultOptions().isOneOf(false));
        assertThat(errors(standard)).isEmpty();
        // the published schema answers a request for the schema alone, and graphql-java 22 knows isOneOf
        assertThat(errors(IntrospectionQuery.INTROSPECTION_QUERY)).isEmpty();
        assertThat(errors("{ unit(code: \"NA\") { code } __type(name: \"Unit\") { isOneOf } }")).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(GraphQLErrors.VALIDATION_FAILED);
            assertThat(e.message()).contains("'isOneOf'").contains("'__Type'");
            assertThat(e.locations()).isNotEmpty();
        });
    }

    @Test
    void shouldApplyTheLimitsOnceTheQueryIsValid() throws Refusal {
        assertThat(errors("{ units(first: 101) { totalCount } }")).singleElement()
                .satisfies(e -> assertThat(e.code()).isEqualTo("BAD_USER_INPUT"));
        assertThat(errors("{ units(first: 101) { noSuchField } }")).singleElement()
                .satisfies(e -> assertThat(e.code()).isEqualTo(GraphQLErrors.VALIDATION_FAILED));
    }
}
