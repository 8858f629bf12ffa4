package vn.cchc.processor;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the filter of the annotated enum view: at build time {@link EnumFilterProcessor} writes, beside it,
 * {@code <T>Filter} with {@code eq}, {@code in} and {@code isNull}, where {@code T} is the enum's GraphQL name
 * ({@code @Enum("UnitKind")} on {@code UnitKindView} gives {@code UnitKindFilter}), described as
 * "Conditions on <b>a unit kind (loại đơn vị)</b>; every operator given must hold."
 * <pre>
 * &#64;Enum("UnitKind")
 * &#64;FilterOf("a unit kind (loại đơn vị)")
 * public enum UnitKindView { ... }
 * </pre>
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface FilterOf {

    /** What one value is, in the filter's description. */
    String value();
}
