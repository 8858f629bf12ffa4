package vn.cchc.api.procedure;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import vn.cchc.domain.procedure.ProcedureAttribute;

@Enum("ProcedureOrderField")
@Description("What procedures can be ordered by.")
public enum ProcedureOrderField {
    @Description("The code (mã thủ tục).")
    CODE(ProcedureAttribute.CODE),
    @Description("The name (tên thủ tục).")
    NAME(ProcedureAttribute.NAME),
    @Description("The national code (mã quốc gia); procedures without one last.")
    NATIONAL_CODE(ProcedureAttribute.NATIONAL_CODE),
    @Description("The online service (dịch vụ công trực tuyến), by the name of the level; unknown last.")
    ONLINE_SERVICE(ProcedureAttribute.ONLINE_SERVICE),
    @Description("Whether publicised (công khai): false first ascending.")
    PUBLICISED(ProcedureAttribute.PUBLICISED);

    final List<ProcedureAttribute> attributes;

    ProcedureOrderField(ProcedureAttribute... attributes) {
        this.attributes = List.of(attributes);
    }
}
