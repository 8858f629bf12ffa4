package vn.cchc.api.filter;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import vn.cchc.api.error.Arguments;
import vn.cchc.domain.shared.Attribute;
import vn.cchc.domain.shared.Condition;

@Input("IdFilter")
@Description("Conditions on an id (mã định danh); every operator given must hold.")
public class IdFilter implements ScalarFilter {

    @Id
    @Description("Equal to this id.")
    public String eq;

    // no @NonNull on the elements: on an input field this engine would make the whole list required
    @Id
    @Description("Equal to one of these ids (trong danh sách), at most 1000; [] matches nothing.")
    public List<String> in;

    @Override
    public Condition toCondition(String path, Attribute attribute) {
        return Scalars.condition(path, attribute, Scalars.compared(eq, null, null, null, null), in, null,
                v -> parse(path, (String) v));
    }

    private static Long parse(String path, String id) {
        try {
            return Long.valueOf(id);
        } catch (NumberFormatException e) {
            throw Arguments.invalid(path, "'" + id + "' is not an id");
        }
    }
}
