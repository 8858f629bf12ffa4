package vn.cchc.api.unit;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import vn.cchc.api.filter.ScalarFilter;
import vn.cchc.api.filter.Scalars;
import vn.cchc.domain.shared.Attribute;
import vn.cchc.domain.shared.Condition;

@Input("UnitKindFilter")
@Description("Conditions on a unit kind (loại đơn vị); every operator given must hold.")
public class UnitKindFilter implements ScalarFilter {

    @Description("Equal to this value.")
    public UnitKindView eq;

    // no @NonNull on the elements: on an input field this engine would make the whole list required
    @Description("One of these values (trong danh sách); [] matches nothing.")
    public List<UnitKindView> in;

    @Description("true: the value is missing (không có giá trị); false: it is present. Only for values that can be missing.")
    public Boolean isNull;

    @Override
    public Condition toCondition(String path, Attribute attribute) {
        return Scalars.enumCondition(path, attribute, eq, in, isNull);
    }
}
