package vn.cchc.api.export;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The first list of a GraphQL answer as a table: one row per item, one column per leaf field named by its path
 * ({@code unit.name}). The first list is the first array met reading the answer in field order: a connection's
 * {@code nodes} (or {@code edges}) or a plain list. Lists inside an item become one cell, their items separated by
 * "; ". A form's table may also group its columns under headings ({@link Group}). Cells hold {@link String}, {@link Long}, {@link java.math.BigDecimal}, {@link Boolean} or {@code null}.
 */
public record ListTable(List<String> columns, List<List<Object>> rows, List<Group> groups) {

    static final String ITEM_SEPARATOR = "; ";

    /** A heading over {@code span} columns from column {@code first} (a form's "Tiếp nhận" over its four columns). */
    public record Group(String heading, int first, int span) {
    }

    public ListTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        groups = List.copyOf(groups);
    }

    /** A table with one header row: its columns' names. */
    public ListTable(List<String> columns, List<List<Object>> rows) {
        this(columns, rows, List.of());
    }

    /** The table of the first list in the answer's data; empty when the answer holds no list. */
    public static Optional<ListTable> ofFirstList(JsonObject data) {
        return FirstList.in(data).map(found -> of(found.items(), found.name()));
    }

    /**
     * The first list of an answer: its items, the field that holds them, and the object around them, which for a
     * connection is the connection itself (with its {@code pageInfo} and {@code totalCount} when selected).
     */
    record FirstList(JsonArray items, String name, JsonObject holder) {

        static Optional<FirstList> in(JsonObject data) {
            for (Map.Entry<String, JsonValue> field : data.entrySet()) {
                if (field.getValue() instanceof JsonArray array) {
                    return Optional.of(new FirstList(array, field.getKey(), data));
                }
                if (field.getValue() instanceof JsonObject object) {
                    Optional<FirstList> found = in(object);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
            return Optional.empty();
        }

        /** The cursor of the next page when the connection selects {@code pageInfo { hasNextPage endCursor }} and has one. */
        Optional<String> nextCursor() {
            return holder.get("pageInfo") instanceof JsonObject page && page.get("hasNextPage") == JsonValue.TRUE
                    && page.get("endCursor") instanceof JsonString cursor ? Optional.of(cursor.getString()) : Optional.empty();
        }

        /** Whether the connection selects {@code pageInfo} with both fields paging needs. */
        boolean pageable() {
            return holder.get("pageInfo") instanceof JsonObject page && page.containsKey("hasNextPage") && page.containsKey("endCursor");
        }

        /** The connection's {@code totalCount} when selected. */
        Optional<Long> totalCount() {
            return holder.get("totalCount") instanceof JsonNumber count ? Optional.of(count.longValue()) : Optional.empty();
        }
    }

    static ListTable of(List<JsonValue> items, String name) {
        List<Map<String, Object>> flattened = new ArrayList<>();
        Set<String> columns = new LinkedHashSet<>();
        for (JsonValue item : items) {
            Map<String, Object> row = new LinkedHashMap<>();
            if (item instanceof JsonObject object) {
                flatten(object, "", row);
            } else {
                row.put(name, cell(item)); // a list of scalars: one column named after the list
            }
            columns.addAll(row.keySet());
            flattened.add(row);
        }
        // an object that is null in some items and present in others: its fields take its place, empty where null
        Set<String> kept = new LinkedHashSet<>();
        for (String column : columns) {
            List<String> fields = columns.stream().filter(other -> other.startsWith(column + ".")).toList();
            kept.addAll(fields.isEmpty() ? List.of(column) : fields);
        }
        List<List<Object>> rows = flattened.stream()
                .map(row -> kept.stream().map(row::get).collect(Collectors.toCollection(ArrayList::new)))
                .map(row -> (List<Object>) row)
                .toList();
        return new ListTable(List.copyOf(kept), rows);
    }

    private static void flatten(JsonObject object, String prefix, Map<String, Object> row) {
        object.forEach((key, value) -> {
            String path = prefix + key;
            if (value instanceof JsonObject nested) {
                flatten(nested, path + ".", row);
            } else if (value instanceof JsonArray list) {
                row.put(path, joined(list));
            } else {
                row.put(path, cell(value));
            }
        });
    }

    /** A nested list in one cell: its items in order, an object item as its values separated by spaces. */
    private static String joined(JsonArray list) {
        return list.stream().map(item -> {
            if (item instanceof JsonObject object) {
                Map<String, Object> fields = new LinkedHashMap<>();
                flatten(object, "", fields);
                return fields.values().stream().filter(v -> v != null).map(ListTable::text).collect(Collectors.joining(" "));
            }
            Object value = item instanceof JsonArray inner ? joined(inner) : cell(item);
            return value == null ? "" : text(value);
        }).collect(Collectors.joining(ITEM_SEPARATOR));
    }

    private static Object cell(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).isIntegral() ? (Object) ((JsonNumber) value).longValue()
                    : ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            default -> null;
        };
    }

    /** A cell as text: decimals without exponent, so that spreadsheets read 0.00001 and not 1E-5. */
    static String text(Object value) {
        return value instanceof java.math.BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
    }
}
