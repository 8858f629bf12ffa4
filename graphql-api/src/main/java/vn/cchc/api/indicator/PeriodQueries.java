package vn.cchc.api.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import vn.cchc.domain.period.ReportingCalendar;

/** What a period is under the reporting calendar the server follows (configured, or Công văn 581/BNV-CCHC's). */
@GraphQLApi
@ApplicationScoped
public class PeriodQueries {

    @Inject
    ReportingCalendar calendar;

    @NonNull
    @Description("The period under the reporting regime (theo chế độ báo cáo): the days a report on it gives data for, "
            + "and when it is due.")
    public ReportingWindowView reporting(@Source PeriodView period) {
        return new ReportingWindowView(calendar, period.entity());
    }
}
