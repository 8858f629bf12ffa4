package vn.cchc.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;

/**
 * Writes the connection, edge, order and order-field types of every view declared {@link ListOf}, into the package of the view.
 * A declaration it cannot serve is a compile error on the declaration, saying what it lacks.
 */
@SupportedAnnotationTypes("vn.cchc.processor.ListOf")
public final class ListProcessor extends AbstractProcessor {

    private static final String TYPE = "org.eclipse.microprofile.graphql.Type";

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (Element element : round.getElementsAnnotatedWith(ListOf.class)) {
            ListSources list = declaration(element);
            if (list != null) {
                write(element, list.packageName() + "." + list.name() + "Connection", list.connection());
                write(element, list.packageName() + "." + list.name() + "Edge", list.edge());
                if (list.attributes() != null) {
                    write(element, list.packageName() + "." + list.name() + "Order", list.order());
                    write(element, list.packageName() + "." + list.name() + "OrderField", list.orderField());
                }
            }
        }
        return true;
    }

    /** The sources the declaration asks for; null, with an error on it, when it cannot be served. */
    private ListSources declaration(Element element) {
        if (element.getKind() != ElementKind.CLASS || element.getEnclosingElement().getKind() != ElementKind.PACKAGE) {
            return error(element, "@ListOf declares the list of a view: a top-level class");
        }
        TypeElement view = (TypeElement) element;
        ListOf list = view.getAnnotation(ListOf.class);
        String name = AnnotationValues.value(view, TYPE);
        if (name == null) {
            return error(element, "@ListOf names the list's types after the view's GraphQL type: give "
                    + view.getSimpleName() + " its @Type(\"...\")");
        }
        String packageName = processingEnv.getElementUtils().getPackageOf(view).getQualifiedName().toString();
        TypeMirror attributes = AnnotationValues.type(list::attributes);
        if (attributes.getKind() == TypeKind.VOID) {
            if (!list.order().isEmpty() || list.orderBy().length > 0) {
                return error(element, "@ListOf has an order but no attributes to order by");
            }
            return new ListSources(packageName, name, view.getSimpleName().toString(), null, list);
        }
        Element attribute = processingEnv.getTypeUtils().asElement(attributes);
        if (attribute == null || attribute.getKind() != ElementKind.ENUM) {
            return error(element, "@ListOf orders by the attributes of an enum, not " + attributes);
        }
        if (list.order().isEmpty()) {
            return error(element, "@ListOf is ordered by " + attribute.getSimpleName()
                    + " and needs its order's description (order = \"...\")");
        }
        if (list.orderBy().length == 0) {
            return error(element, "@ListOf is ordered by " + attribute.getSimpleName()
                    + " and needs the values it can be ordered by (orderBy = {@OrderBy(...), ...})");
        }
        Set<String> constants = new HashSet<>();
        for (Element constant : attribute.getEnclosedElements()) {
            if (constant.getKind() == ElementKind.ENUM_CONSTANT) {
                constants.add(constant.getSimpleName().toString());
            }
        }
        for (OrderBy orderBy : list.orderBy()) {
            for (String by : ListSources.orderAttributes(orderBy)) {
                if (!constants.contains(by)) {
                    return error(element, "@OrderBy(\"" + orderBy.value() + "\") orders by " + by + ", which "
                            + attribute.getSimpleName() + " does not have");
                }
            }
        }
        return new ListSources(packageName, name, view.getSimpleName().toString(),
                ((TypeElement) attribute).getQualifiedName().toString(), list);
    }

    private void write(Element origin, String qualifiedName, String source) {
        try (Writer writer = processingEnv.getFiler().createSourceFile(qualifiedName, origin).openWriter()) {
            writer.write(source);
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    "cannot write " + qualifiedName + ": " + e.getMessage(), origin);
        }
    }

    private ListSources error(Element element, String message) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
        return null;
    }
}
