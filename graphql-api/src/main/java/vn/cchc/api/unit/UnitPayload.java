package vn.cchc.api.unit;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.domain.unit.Unit;

@Type("UnitPayload")
@Description("The answer of a unit mutation (kết quả): the unit as it now is and its new version, to send with the next "
        + "change.")
public class UnitPayload {

    private final Unit changed; // not named "unit": SmallRye would read the field as the unit field's type

    public UnitPayload(Unit changed) {
        this.changed = changed;
    }

    @NonNull
    @Description("The unit after the change.")
    public UnitView getUnit() {
        return new UnitView(changed);
    }

    @Description("Its new version (phiên bản mới).")
    public int getVersion() {
        return (int) changed.version();
    }
}
