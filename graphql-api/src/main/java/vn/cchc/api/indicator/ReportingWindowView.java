package vn.cchc.api.indicator;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.period.ReportingCalendar;

@Type("ReportingWindow")
@Description("What the reporting regime (chế độ báo cáo) sets for a period: the days whose data its report gives, "
        + "which are not the calendar period's (quarter I: 15 December of the year before to 14 March), and its due day.")
public class ReportingWindowView {

    private final ReportingCalendar calendar;
    private final Period period;

    ReportingWindowView(ReportingCalendar calendar, Period period) {
        this.calendar = calendar;
        this.period = period;
    }

    @NonNull
    @Description("The first day whose data the report gives (số liệu tính từ ngày), ISO-8601.")
    public LocalDate getFrom() {
        return calendar.windowStart(period);
    }

    @NonNull
    @Description("The last day whose data the report gives (đến ngày), included, ISO-8601.")
    public LocalDate getThrough() {
        return calendar.windowEnd(period);
    }

    @NonNull
    @Description("The day the report is due (hạn gửi báo cáo), ISO-8601.")
    public LocalDate getDueOn() {
        return calendar.dueOn(period);
    }

    @NonNull
    @Description("The text that sets this regime (căn cứ), e.g. \"Công văn 581/BNV-CCHC\".")
    public String getBasis() {
        return calendar.regimeOf(period).basis();
    }
}
