package vn.cchc.api.filter;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import vn.cchc.domain.shared.Attribute;
import vn.cchc.domain.shared.Condition.Operator;
import vn.cchc.domain.shared.Condition;

@Input("StringFilter")
@Description("Conditions on a code or a text (mã, văn bản), compared exactly; every operator given must hold. For words "
        + "in any case and without diacritics use the filter's `search`.")
public class StringFilter implements ScalarFilter {

    @Description("Equal to this text.")
    public String eq;

    // no @NonNull on the elements: on an input field this engine would make the whole list required
    @Description("Equal to one of these texts (trong danh sách), at most 1000; [] matches nothing.")
    public List<String> in;

    @Description("Starting with this text (bắt đầu bằng), e.g. a code prefix \"NA-S\".")
    public String startsWith;

    @Description("true: the value is missing (không có giá trị); false: it is present. Only for values that can be missing.")
    public Boolean isNull;

    @Override
    public Condition toCondition(String path, Attribute attribute) {
        Map<Operator, Object> compared = new EnumMap<>(Scalars.compared(eq, null, null, null, null));
        compared.put(Operator.STARTS_WITH, startsWith);
        return Scalars.condition(path, attribute, compared, in, isNull);
    }
}
