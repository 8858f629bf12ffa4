package vn.cchc.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.api.error.GraphQLErrors;

class QueryCheckTest {

    /** Printed the way the engine prints: Date is used but never declared. */
    private static final String ENGINE_SDL = """
            type Query {
              unit(code: String!): Unit
            }
            type Unit {
              code: String!
              validFrom: Date
              children(first: Int): [Unit!]!
            }
            """;

    private final PublishedSchema published = PublishedSchema.of(ENGINE_SDL);

    @Test
    void shouldDeclareTheScalarsTheEngineLeftUndeclared() {
        assertThat(published.sdl()).contains("scalar Date").doesNotContain("scalar String");
        assertThat(published.schema().getType("Date")).isNotNull();
    }

    @Test
    void shouldLetAValidQueryThrough() {
        assertThat(QueryCheck.errors(published.schema(), "{ unit(code: \"NA\") { code validFrom children { code } } }")).isEmpty();
    }

    @Test
    void shouldNameTheUnknownFieldAndWhereItIs() {
        List<GraphQLErrors.Error> errors = QueryCheck.errors(published.schema(), "{ unit(code: \"NA\") {\n  noSuchField } }");
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(GraphQLErrors.VALIDATION_FAILED);
            assertThat(e.message()).contains("noSuchField").contains("Unit");
            assertThat(e.locations()).singleElement().satisfies(l -> assertThat(l[0]).isEqualTo(2));
        });
    }

    @Test
    void shouldRejectAMissingRequiredArgument() {
        assertThat(QueryCheck.errors(published.schema(), "{ unit { code } }"))
                .singleElement().satisfies(e -> assertThat(e.message()).contains("code"));
    }

    @Test
    void shouldReportSyntaxErrorsAsParseFailures() {
        assertThat(QueryCheck.errors(published.schema(), "{ unit(code: \"NA\") { code "))
                .singleElement().satisfies(e -> assertThat(e.code()).isEqualTo(GraphQLErrors.PARSE_FAILED));
    }
}
