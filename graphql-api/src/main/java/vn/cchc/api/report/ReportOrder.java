package vn.cchc.api.report;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import vn.cchc.api.filter.OrderInput;
import vn.cchc.api.filter.SortDirectionView;
import vn.cchc.domain.report.ReportAttribute;

@Input("ReportOrder")
@Description("One key of the order of reports (sắp xếp báo cáo); ties are broken by the next key, finally by id.")
public class ReportOrder implements OrderInput {

    @NonNull
    @Description("What to order by.")
    public ReportOrderField field;

    @Description("Which end first; default ASC.")
    public SortDirectionView direction;

    @Override
    public List<ReportAttribute> attributes() {
        return field == null ? null : field.attributes;
    }

    @Override
    public SortDirectionView direction() {
        return direction;
    }
}
