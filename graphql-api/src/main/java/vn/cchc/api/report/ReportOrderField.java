package vn.cchc.api.report;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import vn.cchc.domain.report.ReportAttribute;

@Enum("ReportOrderField")
@Description("What reports can be ordered by.")
public enum ReportOrderField {
    @Description("The period (kỳ báo cáo): year, then length of period, then number.")
    PERIOD(ReportAttribute.PERIOD_YEAR, ReportAttribute.PERIOD_TYPE, ReportAttribute.PERIOD_NUMBER),
    @Description("The issue date (ngày ban hành); undated last.")
    ISSUED_ON(ReportAttribute.ISSUED_ON),
    @Description("The title (tiêu đề).")
    TITLE(ReportAttribute.TITLE),
    @Description("The status (trạng thái), by its name.")
    STATUS(ReportAttribute.STATUS);

    final List<ReportAttribute> attributes;

    ReportOrderField(ReportAttribute... attributes) {
        this.attributes = List.of(attributes);
    }
}
