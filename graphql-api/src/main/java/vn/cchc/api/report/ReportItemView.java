package vn.cchc.api.report;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.document.DocumentView;
import vn.cchc.api.indicator.ObservationView;
import vn.cchc.domain.report.ReportItem;

@Type("ReportItem")
@Description("A paragraph or bullet of a report section (nội dung), word for word, with the documents it cites and the figures it states.")
public class ReportItemView {

    private final ReportItem item;

    ReportItemView(ReportItem item) {
        this.item = item;
    }

    @NonNull
    @Description("The text as printed (nội dung).")
    public String getText() {
        return item.text();
    }

    @NonNull
    @Description("True for a \"- \" bullet (gạch đầu dòng), false for a running paragraph.")
    public boolean isBullet() {
        return item.isBullet();
    }

    @NonNull
    @Description("Documents the item cites (văn bản được dẫn).")
    public List<@NonNull DocumentView> getDocuments() {
        return item.documents().stream().map(DocumentView::new).toList();
    }

    @NonNull
    @Description("Figures the item states (số liệu được nêu).")
    public List<@NonNull ObservationView> getObservations() {
        return item.observations().stream().map(ObservationView::new).toList();
    }
}
