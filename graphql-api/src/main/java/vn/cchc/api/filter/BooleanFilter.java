package vn.cchc.api.filter;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import vn.cchc.domain.shared.Attribute;
import vn.cchc.domain.shared.Condition;

@Input("BooleanFilter")
@Description("A condition on a yes/no value (có/không).")
public class BooleanFilter implements ScalarFilter {

    @Description("Equal to this value.")
    public Boolean eq;

    @Override
    public Condition toCondition(String path, Attribute attribute) {
        return Scalars.condition(path, attribute, Scalars.compared(eq, null, null, null, null), null, null);
    }
}
