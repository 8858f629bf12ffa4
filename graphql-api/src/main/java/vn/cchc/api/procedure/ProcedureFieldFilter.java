package vn.cchc.api.procedure;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import vn.cchc.api.filter.Conditions;
import vn.cchc.api.filter.EntityFilter;
import vn.cchc.api.filter.StringFilter;
import vn.cchc.domain.procedure.ProcedureFieldAttribute;
import vn.cchc.domain.shared.Condition;

@Input("ProcedureFieldFilter")
@Description("Which procedure fields (bộ lọc lĩnh vực): every field given must hold.")
public class ProcedureFieldFilter implements EntityFilter {

    @Description("The code (mã lĩnh vực).")
    public StringFilter code;

    @Description("The name (tên lĩnh vực), compared exactly.")
    public StringFilter name;

    // no @NonNull on the elements: on an input field this engine would make the whole list required
    @Description("Every one of these filters holds (và).")
    public List<ProcedureFieldFilter> and;

    @Description("At least one of these filters holds (hoặc); [] matches nothing.")
    public List<ProcedureFieldFilter> or;

    @Description("This filter does not hold (không): the exact complement, fields without a value included.")
    public ProcedureFieldFilter not;

    @Override
    public Condition toCondition(String path) {
        return Conditions.at(path)
                .value("code", code, ProcedureFieldAttribute.CODE)
                .value("name", name, ProcedureFieldAttribute.NAME)
                .build(and, or, not);
    }
}
