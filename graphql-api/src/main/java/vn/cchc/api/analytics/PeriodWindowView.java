package vn.cchc.api.analytics;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import vn.cchc.domain.period.PeriodWindows;
import vn.cchc.domain.period.ReportingCalendar;

@Enum("PeriodWindow")
@Description("Which days a period's dossier figures count (kỳ số liệu): its calendar days or its reporting window.")
public enum PeriodWindowView {
    @Description("The calendar period itself (theo kỳ lịch): quý I năm 2022 from 2022-01-01 to 2022-03-31.")
    CALENDAR,
    @Description("The days a report on the period gives data for, under the reporting calendar the server follows (theo kỳ "
            + "báo cáo; each Period's `reporting`): under Công văn 581/BNV-CCHC quý I năm 2022 from 2021-12-15 to 2022-03-14.")
    REPORTING;

    /** The windows the periods stand for; CALENDAR when none is asked for. */
    static PeriodWindows of(PeriodWindowView asked, ReportingCalendar calendar) {
        return asked == REPORTING ? calendar : PeriodWindows.CALENDAR;
    }
}
