package vn.cchc.api.report;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.unit.UnitView;
import vn.cchc.domain.report.Recipient;

@Type("Recipient")
@Description("A line of the recipients list (nơi nhận).")
public class RecipientView {

    private final Recipient recipient;

    RecipientView(Recipient recipient) {
        this.recipient = recipient;
    }

    @NonNull
    @Description("The line as printed (nơi nhận), e.g. \"Sở Nội vụ\".")
    public String getText() {
        return recipient.text();
    }

    @Description("The unit the line names, where it names one (đơn vị nhận).")
    public UnitView getUnit() {
        return recipient.unit().map(UnitView::new).orElse(null);
    }
}
