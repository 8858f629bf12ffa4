package vn.cchc.processor;

import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/** Checks that every enum view declared {@link MirrorOf} has its domain enum's constants, in the same order. */
@SupportedAnnotationTypes("vn.cchc.processor.MirrorOf")
public final class MirrorProcessor extends AbstractProcessor {

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (Element element : round.getElementsAnnotatedWith(MirrorOf.class)) {
            Element domain = processingEnv.getTypeUtils().asElement(
                    AnnotationValues.type(element.getAnnotation(MirrorOf.class)::value));
            if (element.getKind() != ElementKind.ENUM || domain == null || domain.getKind() != ElementKind.ENUM) {
                error(element, "@MirrorOf pairs an enum view with a domain enum");
                continue;
            }
            List<String> mirrored = constants(domain);
            List<String> view = constants(element);
            if (!view.equals(mirrored)) {
                error(element, element.getSimpleName() + " mirrors " + domain.getSimpleName() + " and must name its constants "
                        + mirrored + " in this order, not " + view);
            }
        }
        return true;
    }

    private static List<String> constants(Element enumeration) {
        return enumeration.getEnclosedElements().stream().filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
                .map(e -> e.getSimpleName().toString()).toList();
    }

    private void error(Element element, String message) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
    }
}
