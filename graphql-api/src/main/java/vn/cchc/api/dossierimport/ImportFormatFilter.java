package vn.cchc.api.dossierimport;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import vn.cchc.api.filter.ScalarFilter;
import vn.cchc.api.filter.Scalars;
import vn.cchc.domain.shared.Attribute;
import vn.cchc.domain.shared.Condition;

@Input("ImportFormatFilter")
@Description("Conditions on the format of an imported file (định dạng tệp nhập); every operator given must hold.")
public class ImportFormatFilter implements ScalarFilter {

    @Description("Equal to this value.")
    public ImportFormatView eq;

    // no @NonNull on the elements: on an input field this engine would make the whole list required
    @Description("One of these values (trong danh sách); [] matches nothing.")
    public List<ImportFormatView> in;

    @Description("true: the value is missing (không có giá trị); false: it is present. Only for values that can be missing.")
    public Boolean isNull;

    @Override
    public Condition toCondition(String path, Attribute attribute) {
        return Scalars.enumCondition(path, attribute, eq, in, isNull);
    }
}
