package vn.cchc.api.procedure;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.domain.procedure.ProcedureField;

@Type("ProcedureField")
@Description("The field an administrative procedure belongs to (lĩnh vực thủ tục hành chính).")
public class ProcedureFieldView {

    private final ProcedureField field;

    public ProcedureFieldView(ProcedureField field) {
        this.field = field;
    }

    @NonNull
    @Description("Stable code (mã lĩnh vực).")
    public String getCode() {
        return field.code();
    }

    @NonNull
    @Description("Vietnamese name (tên lĩnh vực), e.g. Tiêu chuẩn đo lường chất lượng.")
    public String getName() {
        return field.name();
    }
}
