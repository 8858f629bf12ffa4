package vn.cchc.api.http;

import graphql.GraphQLContext;
import graphql.GraphQLException;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.CoercedVariables;
import graphql.execution.RawVariables;
import graphql.execution.UnknownOperationException;
import graphql.execution.ValuesResolver;
import graphql.language.AstPrinter;
import graphql.language.Document;
import graphql.language.NodeUtil;
import graphql.language.OperationDefinition;
import graphql.language.SourceLocation;
import graphql.language.VariableDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.cchc.api.error.Arguments;
import vn.cchc.api.error.GraphQLErrors;

/**
 * Decides whether a request may reach the engine, in the order GraphQL itself would fail it: the query is parsed
 * and validated against the published schema, the operation to run is chosen, its variables are coerced, and
 * its {@link QueryLimits} are measured. The engine in this Liberty fails with a server error on any invalid query
 * (a NoSuchMethodError between SmallRye GraphQL 1.0.26 and its graphql-java), and honours no limit, so this is
 * where clients learn what they got wrong.
 */
final class QueryCheck {

    /** Longest variable value quoted back in an error: enough to recognise it, not to echo a whole payload. */
    private static final int QUOTED_VALUE = 80;

    /**
     * The verdict on a request: the errors that stop it, none when it may run; its cost; and whether it asks only
     * for the schema itself ({@code __schema}, {@code __type}, {@code __typename} at its root), which the
     * {@link PublishedSchema} answers instead of the engine; and the fields at its root, fragments included.
     */
    record Verdict(List<GraphQLErrors.Error> errors, long cost, boolean introspection, boolean mutation, Set<String> roots) {

        static Verdict rejected(List<GraphQLErrors.Error> errors) {
            return new Verdict(errors, 0, false, false, Set.of());
        }

        boolean accepted() {
            return errors.isEmpty();
        }
    }

    private QueryCheck() {
    }

    static Verdict check(GraphQLSchema schema, GraphQLRequest request, QueryLimits limits) {
        Document document;
        try {
            document = Parser.parse(request.query());
        } catch (InvalidSyntaxException e) {
            return Verdict.rejected(List.of(
                    new GraphQLErrors.Error(GraphQLErrors.PARSE_FAILED, e.getMessage(), locations(e.getLocation()))));
        }
        List<ValidationError> invalid = new Validator().validateDocument(schema, document, Locale.ENGLISH);
        if (!invalid.isEmpty()) {
            return Verdict.rejected(invalid.stream()
                    .map(v -> new GraphQLErrors.Error(GraphQLErrors.VALIDATION_FAILED, v.getMessage(), locations(v.getLocations())))
                    .toList());
        }
        OperationDefinition operation;
        try {
            operation = NodeUtil.getOperation(document, request.operationName()).operationDefinition;
        } catch (UnknownOperationException e) {
            return Verdict.rejected(List.of(new GraphQLErrors.Error(GraphQLErrors.BAD_REQUEST, e.getMessage(), List.of())));
        }
        List<GraphQLErrors.Error> badVariables = new ArrayList<>();
        CoercedVariables variables = coerce(schema, operation, request, badVariables);
        if (!badVariables.isEmpty()) {
            return Verdict.rejected(badVariables);
        }
        Set<String> roots = roots(schema, document, operation.getName(), variables);
        boolean introspection = !roots.isEmpty() && roots.stream().allMatch(name -> name.startsWith("__"));
        List<GraphQLErrors.Error> unknown = introspection ? List.of() : unknownToEngine(schema, document, operation.getName(), variables);
        if (!unknown.isEmpty()) {
            return Verdict.rejected(unknown);
        }
        QueryLimits.Measure measure = limits.measure(schema, document, operation.getName(), variables);
        return new Verdict(measure.errors(), measure.cost(), introspection,
                operation.getOperation() == OperationDefinition.Operation.MUTATION, roots);
    }

    /** The names of the fields at the operation's root, fragments included. */
    private static Set<String> roots(GraphQLSchema schema, Document document, String operationName, CoercedVariables variables) {
        Set<String> roots = new HashSet<>();
        QueryTraverser.newQueryTraverser().schema(schema).document(document).operationName(operationName)
                .coercedVariables(variables).build().visitPreOrder(new QueryVisitorStub() {
                    @Override
                    public void visitField(QueryVisitorFieldEnvironment field) {
                        if (field.getParentEnvironment() == null) {
                            roots.add(field.getField().getName());
                        }
                    }
                });
        return roots;
    }

    /** The operation's variables as graphql-java reads them; one at a time, to name each one that is wrong. */
    private static CoercedVariables coerce(GraphQLSchema schema, OperationDefinition operation, GraphQLRequest request,
                                           List<GraphQLErrors.Error> errors) {
        RawVariables given = RawVariables.of(request.plainVariables());
        Map<String, Object> coerced = new HashMap<>();
        for (VariableDefinition variable : operation.getVariableDefinitions()) {
            try {
                coerced.putAll(ValuesResolver.coerceVariableValues(schema, List.of(variable), given,
                        GraphQLContext.getDefault(), Locale.ENGLISH).toMap());
            } catch (GraphQLException e) {
                errors.add(badVariable(variable, request));
            }
        }
        return CoercedVariables.of(coerced);
    }

    /**
     * {@code __Type.isOneOf}, which graphql-java 22 validates and the engine's graphql-java 20.9 does not know: the
     * engine would fail on it with a server error, so it is refused here as the unknown field it is to the engine.
     * graphql-java's own {@code IntrospectionQuery.INTROSPECTION_QUERY} asks for it; graphql-js and GraphiQL ask
     * for it only when told the server supports {@code @oneOf}.
     */
    private static List<GraphQLErrors.Error> unknownToEngine(GraphQLSchema schema, Document document, String operationName,
                                                             CoercedVariables variables) {
        List<GraphQLErrors.Error> errors = new ArrayList<>();
        QueryTraverser.newQueryTraverser().schema(schema).document(document).operationName(operationName)
                .coercedVariables(variables).build().visitPreOrder(new QueryVisitorStub() {
                    @Override
                    public void visitField(QueryVisitorFieldEnvironment field) {
                        // the parent type, not getFieldsContainer(): __typename has no fields container and would throw
                        if ("isOneOf".equals(field.getField().getName())
                                && "__Type".equals(GraphQLTypeUtil.unwrapAll(field.getParentType()).getName())) {
                            errors.add(new GraphQLErrors.Error(GraphQLErrors.VALIDATION_FAILED,
                                    "Field 'isOneOf' in type '__Type' is undefined: this server's GraphQL engine predates @oneOf",
                                    locations(field.getField().getSourceLocation())));
                        }
                    }
                });
        return errors;
    }

    /**
     * Names the variable, its type and the value given, in words of the client's JSON: graphql-java's own message
     * would name the Java classes the value was read into.
     */
    private static GraphQLErrors.Error badVariable(VariableDefinition variable, GraphQLRequest request) {
        JsonValue given = request.variables().get(variable.getName());
        String quoted = given == null ? "nothing" : given.toString();
        if (quoted.length() > QUOTED_VALUE) {
            quoted = quoted.substring(0, QUOTED_VALUE) + "…";
        }
        return new GraphQLErrors.Error(Arguments.BAD_ARGUMENT,
                "variable '$" + variable.getName() + "': expected a value of type " + AstPrinter.printAst(variable.getType())
                        + ", got " + quoted,
                locations(variable.getSourceLocation()),
                Map.of("variable", variable.getName()));
    }

    private static List<int[]> locations(SourceLocation location) {
        return location == null ? List.of() : locations(List.of(location));
    }

    private static List<int[]> locations(List<SourceLocation> locations) {
        return locations == null ? List.of()
                : locations.stream().map(l -> new int[] {l.getLine(), l.getColumn()}).toList();
    }
}
