package vn.cchc.processor;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the annotated enum view the mirror of a domain enum: {@link MirrorProcessor} fails the build unless both
 * name the same constants in the same order, since values cross between them by name ({@code Enums.mirror}).
 * <pre>
 * &#64;Enum("UnitKind")
 * &#64;MirrorOf(UnitKind.class)
 * public enum UnitKindView { ... }
 * </pre>
 * The view is written by hand, not generated: what it holds besides the names is what the schema says of each value,
 * in English and Vietnamese, which the domain does not know and nothing else could generate.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface MirrorOf {

    /** The domain enum. */
    Class<? extends Enum<?>> value();
}
