package vn.cchc.api.security;

import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.mapping.Enums;
import vn.cchc.api.unit.UnitView;
import vn.cchc.application.security.AccessPolicy;
import vn.cchc.application.security.Caller;
import vn.cchc.application.security.Operation;
import vn.cchc.domain.unit.Unit;

@Type("Viewer")
@Description("Who is asking (người dùng hiện tại) and what they may do, for clients to offer only what the API allows.")
public class ViewerView {

    private final Caller caller;
    private final Unit ownUnit; // not named unit: SmallRye would read the field as the schema's Viewer.unit

    ViewerView(Caller caller, Unit unit) {
        this.caller = caller;
        this.ownUnit = unit;
    }

    @Description("The user name (tên đăng nhập); null when anonymous.")
    public String getName() {
        return caller.isAnonymous() ? null : caller.name();
    }

    @Description("A reporter's unit (đơn vị của người báo cáo), whose subtree it writes; null for other callers.")
    public UnitView getUnit() {
        return ownUnit == null ? null : new UnitView(ownUnit);
    }

    @NonNull
    @Description("What the caller may do (quyền), on some unit at least; a report's own `actions` say what it may do there.")
    public List<@NonNull PermissionView> getPermissions() {
        return Arrays.stream(Operation.values()).filter(o -> AccessPolicy.allows(caller, o))
                .map(o -> Enums.mirror(o, PermissionView.class)).toList();
    }
}
