package vn.cchc.api.export;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cchc.api.error.GraphQLErrors;

/**
 * The list an export writes. A query in the paging shape (it declares a variable {@code $after} and its first list's
 * connection selects {@code pageInfo { hasNextPage endCursor }}) gives every page: the query is asked again with
 * {@code after} = the last {@code endCursor} until no page follows. Any other query gives its one answer. A list longer
 * than the cap is refused as a whole, never cut: a file that looks complete must be complete.
 */
final class WholeList {

    static final String TOO_LARGE = "EXPORT_TOO_LARGE";
    static final String AFTER = "after";
    /** The status for a query that ran but gives no complete list. */
    static final int UNPROCESSABLE = 422;

    /** The data of the query's answer, asked with this cursor as {@code $after}, or as the client sent it for null. */
    @FunctionalInterface
    interface Pages {
        JsonObject data(String after) throws ExportRefusal;
    }

    private WholeList() {
    }

    /** The table of every page (of the one answer when not {@code paged}), at most {@code maxRows} rows. */
    static ListTable collect(Pages pages, boolean paged, int maxRows) throws ExportRefusal {
        List<JsonValue> items = new ArrayList<>();
        String name = null;
        String after = null;
        do {
            ListTable.FirstList list = ListTable.FirstList.in(pages.data(after)).orElseThrow(() -> new ExportRefusal(
                    HttpServletResponse.SC_BAD_REQUEST, GraphQLErrors.BAD_REQUEST, "the answer holds no list to export", Map.of()));
            // a counted list is refused before its pages are fetched
            if (items.size() + list.items().size() > maxRows || list.totalCount().orElse(0L) > maxRows) {
                throw new ExportRefusal(UNPROCESSABLE, TOO_LARGE, "the list has more than " + maxRows
                        + " rows, the most an export writes (cchc.export.max-rows): narrow its filter", Map.of("limit", maxRows));
            }
            items.addAll(list.items());
            name = list.name();
            after = paged && list.pageable() ? list.nextCursor().orElse(null) : null;
        } while (after != null);
        return ListTable.of(items, name);
    }

    /** Whether the operation to run (the one named, or the only one) declares a variable {@code $after}. */
    static boolean declaresAfter(String query, String operationName) {
        Document document;
        try {
            document = Parser.parse(query);
        } catch (RuntimeException unparsable) { // InvalidSyntaxException among others
            return false; // the API answers the error itself, on the first page
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        Optional<OperationDefinition> operation = operationName == null
                ? (operations.size() == 1 ? Optional.of(operations.get(0)) : Optional.empty())
                : operations.stream().filter(o -> operationName.equals(o.getName())).findFirst();
        return operation.map(o -> o.getVariableDefinitions().stream().anyMatch(v -> AFTER.equals(v.getName()))).orElse(false);
    }
}
