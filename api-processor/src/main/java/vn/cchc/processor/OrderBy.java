package vn.cchc.processor;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One value of a list's {@code <T>OrderField}, in its {@link ListOf#orderBy}: its name, what the schema says of it,
 * and the attributes it orders by, most significant first (by default the attribute of the same name).
 * <pre>
 * &#64;OrderBy(value = "PERIOD", description = "The period (kỳ báo cáo): year, then length of period, then number.",
 *          attributes = {"PERIOD_YEAR", "PERIOD_TYPE", "PERIOD_NUMBER"})
 * </pre>
 */
@Retention(RetentionPolicy.SOURCE)
@Target({})
public @interface OrderBy {

    /** The enum value's name, as the schema shows it. */
    String value();

    /** Its description. */
    String description();

    /** The names of the constants of the list's attribute enum it orders by; empty: the one named {@link #value}. */
    String[] attributes() default {};
}
