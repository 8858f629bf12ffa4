package vn.cchc.api.procedure;

import org.eclipse.microprofile.graphql.Description;
import vn.cchc.api.filter.StringFilter;
import vn.cchc.domain.procedure.ProcedureFieldAttribute;
import vn.cchc.processor.FilterFields;

@FilterFields(name = "ProcedureFieldFilter", attributes = ProcedureFieldAttribute.class,
        complement = "the exact complement, fields without a value included",
        description = "Which procedure fields (bộ lọc lĩnh vực): every field given must hold.")
public abstract class ProcedureFieldFilterFields {

    @Description("The code (mã lĩnh vực).")
    public StringFilter code;

    @Description("The name (tên lĩnh vực), compared exactly.")
    public StringFilter name;
}
