package vn.cchc.api.report;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.area.ReformAreaView;
import vn.cchc.api.document.DocumentView;
import vn.cchc.api.mapping.Enums;
import vn.cchc.domain.report.ReportSection;

@Type("ReportSection")
@Description("A numbered part of a report (mục, phần), following the report's own outline.")
public class ReportSectionView {

    private final ReportSection section;

    ReportSectionView(ReportSection section) {
        this.section = section;
    }

    @NonNull
    @Description("The number as printed (số mục): \"I\", \"2\", \"5.1\".")
    public String getNumber() {
        return section.number();
    }

    @NonNull
    @Description("The heading as printed (tiêu đề mục).")
    public String getHeading() {
        return section.heading();
    }

    @Description("The reform area the section reports on (lĩnh vực); null for sections that span areas.")
    public ReformAreaView getArea() {
        return section.area().map(a -> Enums.mirror(a, ReformAreaView.class)).orElse(null);
    }

    @NonNull
    @Description("Documents the heading cites (văn bản được dẫn trong tiêu đề).")
    public List<@NonNull DocumentView> getDocuments() {
        return section.documents().stream().map(DocumentView::new).toList();
    }

    @NonNull
    @Description("Paragraphs and bullets of the section, in order (nội dung).")
    public List<@NonNull ReportItemView> getItems() {
        return section.items().stream().map(ReportItemView::new).toList();
    }

    @NonNull
    @Description("Numbered sub-sections, in order (mục con).")
    public List<@NonNull ReportSectionView> getSubsections() {
        return section.subsections().stream().map(ReportSectionView::new).toList();
    }
}
