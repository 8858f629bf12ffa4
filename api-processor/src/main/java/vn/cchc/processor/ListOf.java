package vn.cchc.processor;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a list of the annotated view type: at build time {@link ListProcessor} writes, beside it in its package,
 * {@code <T>Connection} and {@code <T>Edge} and, when {@link #attributes} names the attributes it is ordered by,
 * {@code <T>Order} with its {@code <T>OrderField} enum, where {@code T} is the view's GraphQL type name
 * ({@code @Type("Unit")} on {@code UnitView} gives {@code UnitConnection}, {@code UnitEdge}, {@code UnitOrder},
 * {@code UnitOrderField}). What the schema says of them is built from the
 * phrases below, each shown in the sentence it goes into; the rest of each sentence is the same for every list.
 * <pre>
 * &#64;Type("Unit")
 * &#64;ListOf(page = "units (danh sách đơn vị)", nodes = "units", edge = "An unit", node = "unit",
 *         attributes = UnitAttribute.class, order = "units (sắp xếp đơn vị)", orderBy = {
 *             &#64;OrderBy(value = "CODE", description = "The code (mã đơn vị)."),
 *             &#64;OrderBy(value = "NAME", description = "The full name (tên đơn vị).")})
 * public class UnitView { ... }
 * </pre>
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface ListOf {

    /** The connection: "A page of <b>units (danh sách đơn vị)</b>." */
    String page();

    /** Its {@code nodes} and {@code edges}: "The <b>units</b> of this page." and "The <b>units</b> of this page with their cursors." */
    String nodes();

    /** The edge: "<b>An unit</b> in a list, with its cursor." */
    String edge();

    /** The edge's {@code node}: "The <b>unit</b>." */
    String node();

    /** The attribute enum the list is ordered by ({@code UnitAttribute}); none for a list without an order input. */
    Class<?> attributes() default void.class;

    /** The order input, with {@link #attributes}: "One key of the order of <b>units (sắp xếp đơn vị)</b>; ties are broken by the next key, finally by id." */
    String order() default "";

    /** The values of the order's field, in the schema's order; required with {@link #attributes}. */
    OrderBy[] orderBy() default {};

    /** The order field's enum: "What <b>units</b> can be ordered by."; empty: the {@link #nodes} phrase. */
    String ordered() default "";
}
