package vn.cchc.domain.shared;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * Something of an aggregate that a {@link Condition} can test and a {@link SortKey} can order by: a value (a code, an
 * enum, a number, a date) or a relation to another aggregate, which conditions test through a condition of its own.
 * Each aggregate lists its attributes as an enum implementing this interface.
 */
public interface Attribute {

    /**
     * The value types conditions compare; any other type names a related aggregate. A moment is a LocalDateTime in UTC,
     * as the entities store it.
     */
    Set<Class<?>> VALUE_TYPES = Set.of(String.class, Integer.class, Long.class, Double.class, Boolean.class, LocalDate.class,
            LocalDateTime.class);

    String name();

    /**
     * The Java type of the value (an enum, String, Integer, Long, Double, Boolean, LocalDate, LocalDateTime) or of the
     * related aggregate.
     */
    Class<?> type();

    /** Whether an aggregate may lack this value or relation. */
    boolean nullable();

    default boolean isRelation() {
        return !type().isEnum() && !VALUE_TYPES.contains(type());
    }

    /** Numbers, dates and moments have an order conditions can compare against; codes, names and enums only equal. */
    default boolean isOrdered() {
        return Number.class.isAssignableFrom(type()) || type() == LocalDate.class || type() == LocalDateTime.class;
    }
}
