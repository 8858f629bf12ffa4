package vn.cchc.api.mapping;

/**
 * The API's enums mirror the domain's constant for constant, so that the schema can describe each value in
 * English and Vietnamese without the domain knowing about GraphQL. Each view says which domain enum it mirrors ({@code @MirrorOf}), and the build fails unless both name the same constants.
 */
public final class Enums {

    private Enums() {
    }

    /** The constant of {@code target} with the same name; null for null. */
    public static <E extends Enum<E>> E mirror(Enum<?> source, Class<E> target) {
        return source == null ? null : Enum.valueOf(target, source.name());
    }
}
