package vn.cchc.processor;

import java.util.function.Supplier;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.MirroredTypeException;
import javax.lang.model.type.TypeMirror;

/** What the engine's annotations on a declaration say, read from the source as the processors see it. */
final class AnnotationValues {

    private AnnotationValues() {
    }

    /** The non-blank {@code value} of the annotation named {@code annotation} on {@code type}; null when it has none. */
    static String value(TypeElement type, String annotation) {
        for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
            if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(annotation)) {
                for (var value : mirror.getElementValues().entrySet()) {
                    String text = value.getValue().getValue().toString();
                    if (value.getKey().getSimpleName().contentEquals("value") && !text.isBlank()) {
                        return text;
                    }
                }
            }
        }
        return null;
    }

    /** A class element of our annotations, read as a type: at compile time the class itself may not exist yet. */
    static TypeMirror type(Supplier<Class<?>> element) {
        try {
            element.get();
            throw new IllegalStateException("a class value read at compile time");
        } catch (MirroredTypeException e) {
            return e.getTypeMirror();
        }
    }
}
