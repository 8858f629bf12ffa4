package vn.cchc.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/** Writes the filter of every enum view declared {@link FilterOf}, into the package of the enum. */
@SupportedAnnotationTypes("vn.cchc.processor.FilterOf")
public final class EnumFilterProcessor extends AbstractProcessor {

    private static final String ENUM = "org.eclipse.microprofile.graphql.Enum";

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (Element element : round.getElementsAnnotatedWith(FilterOf.class)) {
            if (element.getKind() != ElementKind.ENUM || element.getEnclosingElement().getKind() != ElementKind.PACKAGE) {
                error(element, "@FilterOf declares the filter of an enum view: a top-level enum");
                continue;
            }
            TypeElement view = (TypeElement) element;
            String name = AnnotationValues.value(view, ENUM);
            if (name == null) {
                error(element, "@FilterOf names the filter after the enum's GraphQL name: give " + view.getSimpleName()
                        + " its @Enum(\"...\")");
                continue;
            }
            String packageName = processingEnv.getElementUtils().getPackageOf(view).getQualifiedName().toString();
            String source = source(packageName, name, view.getSimpleName().toString(), view.getAnnotation(FilterOf.class).value());
            try (Writer writer = processingEnv.getFiler().createSourceFile(packageName + "." + name + "Filter", view).openWriter()) {
                writer.write(source);
            } catch (IOException e) {
                error(element, "cannot write " + name + "Filter: " + e.getMessage());
            }
        }
        return true;
    }

    /** The filter's source: the same members, annotations and sentences as the filters written by hand before it. */
    static String source(String packageName, String name, String view, String value) {
        return """
                package %1$s;

                import java.util.List;
                import javax.annotation.processing.Generated;
                import org.eclipse.microprofile.graphql.Description;
                import org.eclipse.microprofile.graphql.Input;
                import vn.cchc.api.filter.ScalarFilter;
                import vn.cchc.api.filter.Scalars;
                import vn.cchc.domain.shared.Attribute;
                import vn.cchc.domain.shared.Condition;

                @Generated("%5$s")
                @Input("%2$sFilter")
                @Description(%4$s)
                public class %2$sFilter implements ScalarFilter {

                    @Description("Equal to this value.")
                    public %3$s eq;

                    // no @NonNull on the elements: on an input field this engine would make the whole list required
                    @Description("One of these values (trong danh sách); [] matches nothing.")
                    public List<%3$s> in;

                    @Description("true: the value is missing (không có giá trị); false: it is present. Only for values that can be missing.")
                    public Boolean isNull;

                    @Override
                    public Condition toCondition(String path, Attribute attribute) {
                        return Scalars.enumCondition(path, attribute, eq, in, isNull);
                    }
                }
                """.formatted(packageName, name, view, ListSources.literal("Conditions on " + value + "; every operator given must hold."),
                EnumFilterProcessor.class.getName());
    }

    private void error(Element element, String message) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
    }
}
