package vn.cchc.domain.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A condition on the aggregates of a list, as a tree: comparisons of one attribute, text search, membership of a
 * unit subtree, conditions through a relation, combined with and, or and not. Repositories translate the tree into
 * their query language, so the database filters; nothing here ever reads a row.
 * <p>
 * Logic is two-valued: a comparison of a missing value is false, and {@code not} is its exact complement (documents
 * without an issue date are among those NOT issued after a day).
 */
public sealed interface Condition {

    /** The code of every rule below: a condition that cannot be asked. */
    String INVALID = "INVALID_CONDITION";

    /** At most this many values in one {@link OneOf}: longer lists are a query to rewrite, not to send. */
    int MAX_VALUES = 1000;

    /** Matches everything. */
    Condition TRUE = new All(List.of());

    /** Every part holds; no part: always true. */
    record All(List<Condition> parts) implements Condition {
        public All {
            parts = List.copyOf(parts);
        }
    }

    /** At least one part holds; no part: always false. */
    record Any(List<Condition> parts) implements Condition {
        public Any {
            parts = List.copyOf(parts);
        }
    }

    record Not(Condition condition) implements Condition {
        public Not {
            Objects.requireNonNull(condition, "condition");
        }
    }

    enum Operator {
        EQ, GT, GTE, LT, LTE, STARTS_WITH
    }

    /** The attribute's value compares so with {@code value}; false when the aggregate has no value. */
    record Compare(Attribute attribute, Operator operator, Object value) implements Condition {
        public Compare {
            requireValue(attribute, value);
            DomainException.require(operator == Operator.EQ
                            || (operator == Operator.STARTS_WITH ? attribute.type() == String.class : attribute.isOrdered()),
                    INVALID, attribute.name() + " cannot be compared with " + operator);
        }
    }

    /** The attribute's value is one of these; none: always false. */
    record OneOf(Attribute attribute, List<Object> values) implements Condition {
        public OneOf {
            values = List.copyOf(values);
            DomainException.require(values.size() <= MAX_VALUES, INVALID,
                    "at most " + MAX_VALUES + " values, got " + values.size());
            values.forEach(v -> requireValue(attribute, v));
        }
    }

    /** The aggregate lacks ({@code missing}) or has the value or relation. */
    record IsNull(Attribute attribute, boolean missing) implements Condition {
        public IsNull {
            Objects.requireNonNull(attribute, "attribute");
            DomainException.require(attribute.nullable(), INVALID, attribute.name() + " is never null");
        }
    }

    /**
     * The aggregate's searchable text contains these words, compared {@link SearchText#fold folded}: in any case,
     * with or without Vietnamese diacritics.
     */
    record Search(String words) implements Condition {
        public Search {
            words = SearchText.fold(DomainException.requireText(words, INVALID, "search words"));
        }
    }

    /** The related aggregate exists and matches {@code condition}. */
    record Related(Attribute relation, Condition condition) implements Condition {
        public Related {
            Objects.requireNonNull(condition, "condition");
            DomainException.require(relation.isRelation(), INVALID, relation.name() + " is a value, not a relation");
        }
    }

    /** A unit is the one with this code or below it in the tree; an unknown code matches nothing. */
    record WithinSubtree(String code) implements Condition {
        public WithinSubtree {
            code = DomainException.requireText(code, INVALID, "the code of the subtree's root");
        }
    }

    static Condition and(Condition... parts) {
        return and(Arrays.asList(parts));
    }

    /** All the parts; the parts themselves when there is only one. */
    static Condition and(List<Condition> parts) {
        List<Condition> flat = new ArrayList<>();
        for (Condition part : parts) {
            if (part instanceof All all) {
                flat.addAll(all.parts());
            } else {
                flat.add(part);
            }
        }
        return flat.size() == 1 ? flat.get(0) : new All(flat);
    }

    static Condition or(List<Condition> parts) {
        return parts.size() == 1 ? parts.get(0) : new Any(parts);
    }

    static Condition not(Condition condition) {
        return new Not(condition);
    }

    static Condition eq(Attribute attribute, Object value) {
        return new Compare(attribute, Operator.EQ, value);
    }

    static Condition related(Attribute relation, Condition condition) {
        return new Related(relation, condition);
    }

    /** Words to search for; blank words search nothing and match everything. */
    static Condition search(String words) {
        return words == null || words.isBlank() ? TRUE : new Search(words);
    }

    private static void requireValue(Attribute attribute, Object value) {
        Objects.requireNonNull(attribute, "attribute");
        DomainException.require(!attribute.isRelation(), INVALID, attribute.name() + " is a relation: give a condition on it");
        DomainException.require(value != null, INVALID, attribute.name() + " cannot be compared with null: ask whether it is null");
        DomainException.require(attribute.type().isInstance(value), INVALID,
                attribute.name() + " takes " + attribute.type().getSimpleName() + " values, not " + value);
    }
}
