package vn.cchc.api.http;

import graphql.language.Document;
import graphql.language.SourceLocation;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import java.util.List;
import java.util.Locale;
import vn.cchc.api.error.GraphQLErrors;

/**
 * Parses and validates a query against the published schema before the engine sees it. The engine in this
 * Liberty fails with a server error on any invalid query (a NoSuchMethodError between SmallRye GraphQL 1.0.26
 * and its graphql-java), so clients would never learn what they got wrong.
 */
final class QueryCheck {

    private QueryCheck() {
    }

    /** The errors of the query; empty when it may run. */
    static List<GraphQLErrors.Error> errors(GraphQLSchema schema, String query) {
        Document document;
        try {
            document = Parser.parse(query);
        } catch (InvalidSyntaxException e) {
            return List.of(new GraphQLErrors.Error(GraphQLErrors.PARSE_FAILED, "Invalid syntax: " + e.getMessage(),
                    locations(e.getLocation() == null ? List.of() : List.of(e.getLocation()))));
        }
        List<ValidationError> invalid = new Validator().validateDocument(schema, document, Locale.ENGLISH);
        return invalid.stream()
                .map(v -> new GraphQLErrors.Error(GraphQLErrors.VALIDATION_FAILED, v.getMessage(), locations(v.getLocations())))
                .toList();
    }

    private static List<int[]> locations(List<SourceLocation> locations) {
        return locations == null ? List.of()
                : locations.stream().map(l -> new int[] {l.getLine(), l.getColumn()}).toList();
    }
}
