package vn.cchc.api.report;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.indicator.PeriodView;
import vn.cchc.api.unit.UnitView;
import vn.cchc.application.report.ReportDue;

@Type("ReportDue")
@Description("A quarterly report a unit owes (báo cáo chưa gửi): none of its reports on the quarter was sent to Home "
        + "Affairs, or the one sent was returned.")
public class ReportDueView {

    private final ReportDue due;

    public ReportDueView(ReportDue due) {
        this.due = due;
    }

    @NonNull
    @Description("The unit that owes it (đơn vị).")
    public UnitView getUnit() {
        return new UnitView(due.unit());
    }

    @NonNull
    @Description("The quarter (kỳ báo cáo).")
    public PeriodView getPeriod() {
        return new PeriodView(due.period());
    }

    @NonNull
    @Description("The day it is due (hạn gửi): the 20th of the quarter's last month (Công văn 581/BNV-CCHC).")
    public LocalDate getDueOn() {
        return due.dueOn();
    }

    @Description("The draft or returned report in progress (báo cáo đang soạn), when there is one the caller may read; "
            + "null when none was started.")
    public ReportView getReport() {
        return due.inProgress().map(ReportView::new).orElse(null);
    }
}
