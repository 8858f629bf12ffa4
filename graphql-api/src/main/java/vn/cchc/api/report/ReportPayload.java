package vn.cchc.api.report;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.domain.report.Report;

@Type("ReportPayload")
@Description("The answer of a report mutation (kết quả): the report as it now is and its new version, to send with the "
        + "next change.")
public class ReportPayload {

    private final Report changed; // not named "report": SmallRye would read the field as the report field's type

    public ReportPayload(Report changed) {
        this.changed = changed;
    }

    @NonNull
    @Description("The report after the change.")
    public ReportView getReport() {
        return new ReportView(changed);
    }

    @Description("Its new version (phiên bản mới).")
    public int getVersion() {
        return (int) changed.version();
    }
}
