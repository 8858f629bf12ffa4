package vn.cchc.api.document;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import vn.cchc.domain.document.DocumentAttribute;

@Enum("DocumentOrderField")
@Description("What documents can be ordered by.")
public enum DocumentOrderField {
    @Description("The issue date (ngày ban hành); undated documents last.")
    ISSUED_ON(DocumentAttribute.ISSUED_ON),
    @Description("The printed number (số hiệu), as text.")
    NUMBER(DocumentAttribute.NUMBER),
    @Description("The kind (loại văn bản), by the name of the kind.")
    KIND(DocumentAttribute.KIND),
    @Description("The subject (trích yếu); documents without one last.")
    SUBJECT(DocumentAttribute.SUBJECT);

    final List<DocumentAttribute> attributes;

    DocumentOrderField(DocumentAttribute... attributes) {
        this.attributes = List.of(attributes);
    }
}
