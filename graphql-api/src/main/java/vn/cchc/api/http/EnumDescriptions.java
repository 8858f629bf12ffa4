package vn.cchc.api.http;

import jakarta.servlet.ServletContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Name;

/**
 * The descriptions of the schema's enum values, as the API's enums declare them with {@link Description} on each
 * constant. Liberty's engine (SmallRye GraphQL 1.0.26) reads the annotation on the enum type but not on its
 * constants, so they are read here and put back into the {@link PublishedSchema}.
 */
final class EnumDescriptions {

    /** Where the schema's classes are: the engine finds them only in WEB-INF/classes (Liberty issue 15251). */
    private static final String SCHEMA_CLASSES = "/WEB-INF/classes/vn/cchc/api/";

    private EnumDescriptions() {
    }

    /** The descriptions of the enums among the classes of the deployed application's API packages. */
    static Map<String, Map<String, String>> in(ServletContext context) {
        List<Class<?>> classes = new ArrayList<>();
        collect(context, SCHEMA_CLASSES, classes);
        return of(classes);
    }

    /** Type name, as the engine names it, to value to description; enums without described constants are left out. */
    static Map<String, Map<String, String>> of(List<Class<?>> classes) {
        Map<String, Map<String, String>> described = new HashMap<>();
        for (Class<?> type : classes) {
            if (!type.isEnum()) {
                continue;
            }
            Map<String, String> values = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                String value = ((java.lang.Enum<?>) constant).name();
                try {
                    Description description = type.getField(value).getAnnotation(Description.class);
                    if (description != null) {
                        values.put(value, description.value());
                    }
                } catch (NoSuchFieldException impossible) {
                    throw new IllegalStateException(impossible);
                }
            }
            if (!values.isEmpty()) {
                described.put(graphQLName(type), values);
            }
        }
        return described;
    }

    /** The engine's naming of an enum type: {@code @Enum}, else {@code @Name}, else the class's simple name. */
    private static String graphQLName(Class<?> type) {
        Enum named = type.getAnnotation(Enum.class);
        if (named != null && !named.value().isEmpty()) {
            return named.value();
        }
        Name name = type.getAnnotation(Name.class);
        return name != null && !name.value().isEmpty() ? name.value() : type.getSimpleName();
    }

    private static void collect(ServletContext context, String folder, List<Class<?>> classes) {
        Set<String> paths = context.getResourcePaths(folder);
        if (paths == null) {
            return;
        }
        for (String path : paths) {
            if (path.endsWith("/")) {
                collect(context, path, classes);
            } else if (path.endsWith(".class")) {
                String name = path.substring("/WEB-INF/classes/".length(), path.length() - ".class".length()).replace('/', '.');
                try {
                    classes.add(Class.forName(name, false, EnumDescriptions.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError unloadable) {
                    throw new IllegalStateException("the schema class " + name + " cannot be loaded", unloadable);
                }
            }
        }
    }
}
