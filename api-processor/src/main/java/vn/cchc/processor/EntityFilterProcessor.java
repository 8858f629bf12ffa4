package vn.cchc.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Writes the filter of every class declared {@link FilterFields}, into the package of the declaration. A field it
 * cannot read as a condition is a compile error on the field, saying what it lacks.
 */
@SupportedAnnotationTypes("vn.cchc.processor.FilterFields")
public final class EntityFilterProcessor extends AbstractProcessor {

    private static final String CONDITION = "vn.cchc.domain.shared.Condition";

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (Element element : round.getElementsAnnotatedWith(FilterFields.class)) {
            String source = source(element);
            if (source != null) {
                FilterFields filter = element.getAnnotation(FilterFields.class);
                String name = packageOf(element) + "." + filter.name();
                try (Writer writer = processingEnv.getFiler().createSourceFile(name, element).openWriter()) {
                    writer.write(source);
                } catch (IOException e) {
                    error(element, "cannot write " + name + ": " + e.getMessage());
                }
            }
        }
        return true;
    }

    /** The filter's source; null, with errors on the declaration, when it cannot be written. */
    private String source(Element element) {
        if (element.getKind() != ElementKind.CLASS || element.getEnclosingElement().getKind() != ElementKind.PACKAGE
                || !element.getModifiers().containsAll(Set.of(Modifier.PUBLIC, Modifier.ABSTRACT))) {
            error(element, "@FilterFields declares a filter by its fields: a public abstract top-level class");
            return null;
        }
        TypeElement fields = (TypeElement) element;
        FilterFields filter = fields.getAnnotation(FilterFields.class);
        Element attributes = processingEnv.getTypeUtils().asElement(AnnotationValues.type(filter::attributes));
        if (attributes == null || attributes.getKind() != ElementKind.ENUM) {
            error(element, "@FilterFields maps fields to the constants of an attribute enum, not " + AnnotationValues.type(filter::attributes));
            return null;
        }
        Set<String> constants = new HashSet<>();
        for (Element constant : attributes.getEnclosedElements()) {
            if (constant.getKind() == ElementKind.ENUM_CONSTANT) {
                constants.add(constant.getSimpleName().toString());
            }
        }
        Set<String> conditions = new HashSet<>();
        for (Element member : fields.getEnclosedElements()) {
            if (member.getKind() == ElementKind.METHOD && isCondition((ExecutableElement) member)) {
                conditions.add(member.getSimpleName().toString());
            }
        }
        String attribute = attributes.getSimpleName().toString();
        StringBuilder parts = new StringBuilder();
        boolean complete = true;
        for (Element member : fields.getEnclosedElements()) {
            if (member.getKind() != ElementKind.FIELD || member.getModifiers().contains(Modifier.STATIC)) {
                continue;
            }
            String field = member.getSimpleName().toString();
            String constant = constant(field);
            if (!member.getModifiers().contains(Modifier.PUBLIC)) {
                error(member, "a field of a filter is public: the engine sets it");
                complete = false;
            } else if (conditions.contains(field)) {
                parts.append("\n                .given(\"%1$s\", %1$s, () -> %1$s(path))".formatted(field));
            } else if (constants.contains(constant)) {
                parts.append("\n                .on(\"%1$s\", %1$s, %2$s.%3$s)".formatted(field, attribute, constant));
            } else {
                error(member, "field " + field + " stands for no attribute: " + attribute + " has no " + constant
                        + ", and " + fields.getSimpleName() + " has no method Condition " + field + "(String path)");
                complete = false;
            }
        }
        if (!complete) {
            return null;
        }
        String complement = filter.complement().isEmpty() ? "" : ": " + filter.complement();
        return """
                package %1$s;

                import java.util.List;
                import javax.annotation.processing.Generated;
                import org.eclipse.microprofile.graphql.Description;
                import org.eclipse.microprofile.graphql.Input;
                import vn.cchc.api.filter.Conditions;
                import vn.cchc.api.filter.EntityFilter;
                import vn.cchc.domain.shared.Condition;
                import %2$s;

                @Generated("%3$s")
                @Input("%4$s")
                @Description(%5$s)
                public class %4$s extends %6$s implements EntityFilter {

                    // no @NonNull on the elements: on an input field this engine would make the whole list required
                    @Description("Every one of these filters holds (và).")
                    public List<%4$s> and;

                    @Description("At least one of these filters holds (hoặc); [] matches nothing.")
                    public List<%4$s> or;

                    @Description(%7$s)
                    public %4$s not;

                    @Override
                    public Condition toCondition(String path) {
                        return Conditions.at(path)%8$s
                                .build(and, or, not);
                    }
                }
                """.formatted(packageOf(element), ((TypeElement) attributes).getQualifiedName(),
                EntityFilterProcessor.class.getName(), filter.name(), ListSources.literal(filter.description()),
                fields.getSimpleName(), ListSources.literal("This filter does not hold (không)" + complement + "."), parts);
    }

    /** A method that says what a field means: {@code Condition field(String path)}. */
    private static boolean isCondition(ExecutableElement method) {
        return method.getReturnType().toString().equals(CONDITION) && method.getParameters().size() == 1
                && method.getParameters().get(0).asType().toString().equals(String.class.getName())
                && !method.getModifiers().contains(Modifier.PRIVATE);
    }

    /** The attribute a field of that name stands for: {@code receivedOn} for {@code RECEIVED_ON}. */
    static String constant(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    private String packageOf(Element element) {
        return processingEnv.getElementUtils().getPackageOf(element).getQualifiedName().toString();
    }

    private void error(Element element, String message) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
    }
}
