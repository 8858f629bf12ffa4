package vn.cchc.api.procedure;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.domain.procedure.AdministrativeProcedure;

@Type("ProcedurePayload")
@Description("The answer of a procedure mutation (kết quả): the procedure as it now is and its new version.")
public class ProcedurePayload {

    private final AdministrativeProcedure changed; // not named "procedure": SmallRye would read it as the field's type

    public ProcedurePayload(AdministrativeProcedure changed) {
        this.changed = changed;
    }

    @NonNull
    @Description("The procedure after the change.")
    public ProcedureView getProcedure() {
        return new ProcedureView(changed);
    }

    @Description("Its new version (phiên bản mới).")
    public int getVersion() {
        return (int) changed.version();
    }
}
