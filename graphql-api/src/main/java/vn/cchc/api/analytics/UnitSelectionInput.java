package vn.cchc.api.analytics;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import vn.cchc.api.mapping.Enums;
import vn.cchc.api.unit.UnitKindView;
import vn.cchc.domain.statistics.UnitSelection;
import vn.cchc.domain.unit.UnitKind;

@Input("UnitSelection")
@Description("A set of units (nhóm đơn vị) that figures are given for: by codes, the children of a unit, a subtree, a "
        + "kind, or several of these at once (a unit must then match all). Fields left out match every unit; unknown "
        + "codes select nothing. E.g. {kind: DEPARTMENT} for the departments (các Sở), {parentCode: \"NA-UBND\"}.")
public class UnitSelectionInput {

    // no @NonNull on the elements: on an input field this engine would make the whole list required
    @Description("Units with these codes (mã đơn vị).")
    public List<String> codes;

    @Description("Units directly below the unit with this code (đơn vị trực thuộc).")
    public String parentCode;

    @Description("The unit with this code and every unit below it (toàn bộ cây đơn vị).")
    public String withinCode;

    @Description("Units of this kind (loại đơn vị).")
    public UnitKindView kind;

    static UnitSelection toSelection(UnitSelectionInput input) {
        return input == null ? UnitSelection.all() : new UnitSelection(input.codes == null ? null
                : input.codes.stream().filter(Objects::nonNull).collect(Collectors.toSet()),
                input.parentCode, input.withinCode, Enums.mirror(input.kind, UnitKind.class));
    }
}
