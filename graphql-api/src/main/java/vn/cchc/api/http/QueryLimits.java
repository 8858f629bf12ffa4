package vn.cchc.api.http;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.CoercedVariables;
import graphql.language.Document;
import graphql.language.SourceLocation;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cchc.api.error.ApiException;
import vn.cchc.api.error.GraphQLErrors;
import vn.cchc.api.paging.Paging;

/**
 * The limits that keep expensive queries from the engine, measured on the operation that will run, before any of
 * it runs (so before any SQL):
 * <ul>
 * <li>depth: how many fields deep the query nests, through named and inline fragments; the top-level fields are
 * at depth 1. Introspection fields ({@code __schema}, {@code __type} and all below them, {@code __typename}) do
 * not count, so that the standard introspection query, which nests {@code ofType} deeply, is always answered;</li>
 * <li>page size: every {@code first} within {@link Paging}'s bounds, written in the query or given by a
 * variable, with the same error the list itself would raise;</li>
 * <li>cost, estimated as GitHub does: a connection (a field whose type's name ends in {@code Connection}) may
 * return {@code first} nodes ({@link Paging#DEFAULT_PAGE_SIZE} when absent) for each node of every connection
 * above it; the cost is the sum of these products over the query's connections, the most nodes the query can
 * return. Each connection of the response counts once, however many fragments select it.</li>
 * </ul>
 */
record QueryLimits(int maxDepth, long maxCost) {

    QueryLimits {
        if (maxDepth < 1 || maxCost < 1) {
            throw new IllegalArgumentException("query limits must be positive, got depth " + maxDepth + " and cost " + maxCost);
        }
    }

    /** What a query asks for, and the errors of the limits it breaks (none when it may run). */
    record Measure(int depth, long cost, List<GraphQLErrors.Error> errors) {
    }

    /** Measures the operation of a valid document, with its variables already coerced. */
    Measure measure(GraphQLSchema schema, Document document, String operationName, CoercedVariables variables) {
        Walk walk = new Walk();
        QueryTraverser.newQueryTraverser().schema(schema).document(document).operationName(operationName)
                .coercedVariables(variables).build().visitPreOrder(walk);
        List<GraphQLErrors.Error> errors = new ArrayList<>(walk.pageErrors);
        if (walk.depth > maxDepth) {
            errors.add(new GraphQLErrors.Error(GraphQLErrors.QUERY_TOO_DEEP,
                    "the query nests fields " + walk.depth + " deep, deeper than the limit of " + maxDepth,
                    locations(walk.deepest), Map.of("depth", walk.depth, "limit", maxDepth)));
        }
        if (walk.cost > maxCost) {
            errors.add(new GraphQLErrors.Error(GraphQLErrors.QUERY_TOO_COSTLY,
                    "the query may return up to " + walk.cost + " nodes (the product of 'first' down nested lists, "
                            + "summed over the lists), more than the limit of " + maxCost,
                    List.of(), Map.of("cost", walk.cost, "limit", maxCost)));
        }
        return new Measure(walk.depth, walk.cost, errors);
    }

    private static List<int[]> locations(QueryVisitorFieldEnvironment field) {
        SourceLocation at = field.getField().getSourceLocation();
        return at == null ? List.of() : List.of(new int[] {at.getLine(), at.getColumn()});
    }

    /** One pass over the operation's fields, parents before children. */
    private static final class Walk extends QueryVisitorStub {

        private int depth;
        private QueryVisitorFieldEnvironment deepest;
        private long cost;
        private final List<GraphQLErrors.Error> pageErrors = new ArrayList<>();
        /** The response paths of the connections counted so far: fragments may select one several times. */
        private final Set<List<String>> counted = new HashSet<>();

        @Override
        public void visitField(QueryVisitorFieldEnvironment field) {
            List<QueryVisitorFieldEnvironment> path = pathTo(field);
            if (path.stream().anyMatch(f -> f.getField().getName().startsWith("__"))) {
                return; // introspection
            }
            if (path.size() > depth) {
                depth = path.size();
                deepest = field;
            }
            if (isConnection(field) && counted.add(path.stream().map(f -> f.getField().getResultKey()).toList())) {
                checkPageSize(field);
                long nodes = 1;
                for (QueryVisitorFieldEnvironment f : path) {
                    nodes = isConnection(f) ? saturated(nodes, pageSize(f)) : nodes;
                }
                cost = cost > Long.MAX_VALUE - nodes ? Long.MAX_VALUE : cost + nodes;
            }
        }

        private void checkPageSize(QueryVisitorFieldEnvironment connection) {
            Integer first = first(connection);
            try {
                Paging.size(first);
            } catch (ApiException e) {
                pageErrors.add(new GraphQLErrors.Error(e.code(), connection.getField().getName() + ": " + e.plainMessage(),
                        locations(connection), Map.of("first", first, "limit", Paging.MAX_PAGE_SIZE)));
            }
        }

        /** The nodes one page of a connection may hold; an out-of-bounds {@code first} counts as asked. */
        private static long pageSize(QueryVisitorFieldEnvironment connection) {
            Integer first = first(connection);
            return first == null ? Paging.DEFAULT_PAGE_SIZE : Math.max(first, 0);
        }

        private static Integer first(QueryVisitorFieldEnvironment connection) {
            return (Integer) connection.getArguments().get("first");
        }

        private static boolean isConnection(QueryVisitorFieldEnvironment field) {
            return GraphQLTypeUtil.unwrapAll(field.getFieldDefinition().getType()).getName().endsWith("Connection");
        }

        /** The field and the fields it is nested in, from the top of the operation down. */
        private static List<QueryVisitorFieldEnvironment> pathTo(QueryVisitorFieldEnvironment field) {
            LinkedList<QueryVisitorFieldEnvironment> path = new LinkedList<>();
            for (QueryVisitorFieldEnvironment f = field; f != null; f = f.getParentEnvironment()) {
                path.addFirst(f);
            }
            return path;
        }

        /** Absurd {@code first} values must not wrap a product around to a small cost. */
        private static long saturated(long a, long b) {
            try {
                return Math.multiplyExact(a, b);
            } catch (ArithmeticException overflow) {
                return Long.MAX_VALUE;
            }
        }
    }
}
