package vn.cchc.processor;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the filter input of one type of the API by its fields: the annotated abstract class holds the fields
 * particular to it, and at build time {@link EntityFilterProcessor} writes, beside it, the filter itself, which adds
 * {@code and}, {@code or} and {@code not} and reads every given field as a condition. A field stands for the
 * constant of the {@link #attributes} enum named as the field in upper snake case ({@code receivedOn} for
 * {@code RECEIVED_ON}), unless the class has a method of the field's name taking the filter's path and returning
 * the {@code Condition} the field means ({@code Condition within(String path)}), which is used instead.
 * <pre>
 * &#64;FilterFields(name = "UnitFilter", attributes = UnitAttribute.class,
 *               complement = "the exact complement, units without a value included",
 *               description = "Which units (bộ lọc đơn vị): ...")
 * public abstract class UnitFilterFields {
 *     &#64;Description("The code (mã đơn vị).")
 *     public StringFilter code;
 *     &#64;Description("The unit with this code or any unit below it (thuộc cây đơn vị).")
 *     public String within;
 *
 *     Condition within(String path) {
 *         return new Condition.WithinSubtree(within);
 *     }
 * }
 * </pre>
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface FilterFields {

    /** The filter's GraphQL name, which is also its class's simple name. */
    String name();

    /** What the schema says of the filter. */
    String description();

    /** The attribute enum its fields stand for. */
    Class<?> attributes();

    /**
     * What {@code not} is: "This filter does not hold (không): <b>the exact complement, units without a value
     * included</b>."; empty: the sentence ends after "(không)".
     */
    String complement();
}
