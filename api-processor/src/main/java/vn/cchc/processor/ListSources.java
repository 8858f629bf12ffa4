package vn.cchc.processor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Java sources of one list's types, from its declaration: the same members, GraphQL annotations and sentences as
 * the classes written by hand before them, so that the schema does not change by a byte.
 *
 * @param packageName the view's package, where the types go
 * @param name        the view's GraphQL type name, the prefix of theirs ({@code Unit})
 * @param view        the view's simple name ({@code UnitView})
 * @param attributes  the qualified name of the attribute enum; null for a list without an order input
 * @param list        the declaration's phrases
 */
record ListSources(String packageName, String name, String view, String attributes, ListOf list) {

    private static final Pattern PLACE = Pattern.compile("\\{(\\w+)}");

    String connection() {
        return fill("""
                package {package};

                import java.util.List;
                import java.util.function.LongSupplier;
                import javax.annotation.processing.Generated;
                import org.eclipse.microprofile.graphql.Description;
                import org.eclipse.microprofile.graphql.NonNull;
                import org.eclipse.microprofile.graphql.Type;
                import vn.cchc.api.paging.Connection;
                import vn.cchc.api.paging.Page;

                {generated}
                @Type("{name}Connection")
                @Description({about})
                public class {name}Connection extends Connection<{view}> {

                    public {name}Connection(Page<{view}> page, LongSupplier total) {
                        super(page, total);
                    }

                    @NonNull
                    @Description({nodes})
                    public List<@NonNull {view}> getNodes() {
                        return nodeList();
                    }

                    @NonNull
                    @Description({edges})
                    public List<@NonNull {name}Edge> getEdges() {
                        return edgeList({name}Edge::new);
                    }
                }
                """, "about", "A page of " + list.page() + ".",
                "nodes", "The " + list.nodes() + " of this page.",
                "edges", "The " + list.nodes() + " of this page with their cursors.");
    }

    String edge() {
        return fill("""
                package {package};

                import javax.annotation.processing.Generated;
                import org.eclipse.microprofile.graphql.Description;
                import org.eclipse.microprofile.graphql.NonNull;
                import org.eclipse.microprofile.graphql.Type;
                import vn.cchc.api.paging.Edge;

                {generated}
                @Type("{name}Edge")
                @Description({about})
                public class {name}Edge extends Edge {

                    private final {view} node;

                    {name}Edge(String cursor, {view} node) {
                        super(cursor);
                        this.node = node;
                    }

                    @NonNull
                    @Description({node})
                    public {view} getNode() {
                        return node;
                    }
                }
                """, "about", list.edge() + " in a list, with its cursor.",
                "node", "The " + list.node() + ".");
    }

    /** The order input; null for a list without one. */
    String order() {
        if (attributes == null) {
            return null;
        }
        return fill("""
                package {package};

                import java.util.List;
                import javax.annotation.processing.Generated;
                import org.eclipse.microprofile.graphql.Description;
                import org.eclipse.microprofile.graphql.Input;
                import org.eclipse.microprofile.graphql.NonNull;
                import vn.cchc.api.filter.OrderInput;
                import vn.cchc.api.filter.SortDirectionView;
                import {attributes};

                {generated}
                @Input("{name}Order")
                @Description({about})
                public class {name}Order implements OrderInput {

                    @NonNull
                    @Description("What to order by.")
                    public {name}OrderField field;

                    @Description("Which end first; default ASC.")
                    public SortDirectionView direction;

                    @Override
                    public List<{attribute}> attributes() {
                        return field == null ? null : field.attributes;
                    }

                    @Override
                    public SortDirectionView direction() {
                        return direction;
                    }
                }
                """, "about", "One key of the order of " + list.order() + "; ties are broken by the next key, finally by id.");
    }

    /** The enum of what the list can be ordered by; null for a list without an order input. */
    String orderField() {
        if (attributes == null) {
            return null;
        }
        String attribute = attributes.substring(attributes.lastIndexOf('.') + 1);
        StringBuilder values = new StringBuilder();
        OrderBy[] orderBy = list.orderBy();
        for (int i = 0; i < orderBy.length; i++) {
            values.append("    @Description(").append(literal(orderBy[i].description())).append(")\n    ")
                    .append(orderBy[i].value()).append('(');
            List<String> by = orderAttributes(orderBy[i]);
            for (int j = 0; j < by.size(); j++) {
                values.append(j == 0 ? "" : ", ").append(attribute).append('.').append(by.get(j));
            }
            values.append(i == orderBy.length - 1 ? ");" : "),\n");
        }
        return fill("""
                package {package};

                import java.util.List;
                import javax.annotation.processing.Generated;
                import org.eclipse.microprofile.graphql.Description;
                import org.eclipse.microprofile.graphql.Enum;
                import {attributes};

                {generated}
                @Enum("{name}OrderField")
                @Description({about})
                public enum {name}OrderField {
                {values}

                    final List<{attribute}> attributes;

                    {name}OrderField({attribute}... attributes) {
                        this.attributes = List.of(attributes);
                    }
                }
                """, Map.of("values", values.toString()), "about",
                "What " + (list.ordered().isEmpty() ? list.nodes() : list.ordered()) + " can be ordered by.");
    }

    /** The names of the attributes one value of the order field stands for. */
    static List<String> orderAttributes(OrderBy orderBy) {
        return orderBy.attributes().length == 0 ? List.of(orderBy.value()) : List.of(orderBy.attributes());
    }

    /**
     * The template with its names filled in, in one pass: {package}, {generated}, {name}, {view}, {attributes}
     * (qualified) and {attribute} (simple), and the descriptions, given as pairs of a name and a text, as literals.
     */
    private String fill(String template, String... descriptions) {
        return fill(template, Map.of(), descriptions);
    }

    /** The same, with {@code code} filled in as Java source, not as literals. */
    private String fill(String template, Map<String, String> code, String... descriptions) {
        Map<String, String> values = new HashMap<>(code);
        values.put("package", packageName);
        values.put("generated", "@Generated(\"" + ListProcessor.class.getName() + "\")");
        values.put("name", name);
        values.put("view", view);
        if (attributes != null) {
            values.put("attributes", attributes);
            values.put("attribute", attributes.substring(attributes.lastIndexOf('.') + 1));
        }
        for (int i = 0; i < descriptions.length; i += 2) {
            values.put(descriptions[i], literal(descriptions[i + 1]));
        }
        return PLACE.matcher(template).replaceAll(place -> Matcher.quoteReplacement(values.get(place.group(1))));
    }

    /** A Java string literal of the text. */
    static String literal(String text) {
        StringBuilder literal = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> literal.append("\\\"");
                case '\\' -> literal.append("\\\\");
                case '\n' -> literal.append("\\n");
                default -> literal.append(c < ' ' ? String.format("\\%03o", (int) c) : String.valueOf(c));
            }
        }
        return literal.append('"').toString();
    }
}
