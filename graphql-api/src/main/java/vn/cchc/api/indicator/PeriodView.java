package vn.cchc.api.indicator;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.mapping.Enums;
import vn.cchc.domain.period.Period;

@Type("Period")
@Description("A reporting period (kỳ báo cáo): a quarter, a half-year, nine months or a year.")
public class PeriodView {

    private final Period period;

    public PeriodView(Period period) {
        this.period = period;
    }

    Period entity() {
        return period;
    }

    @NonNull
    @Description("Length of the period (loại kỳ).")
    public PeriodTypeView getType() {
        return Enums.mirror(period.type(), PeriodTypeView.class);
    }

    @NonNull
    @Description("The year (năm).")
    public int getYear() {
        return period.year();
    }

    @Description("The quarter 1-4 (quý); null when the period is not a quarter.")
    public Integer getQuarter() {
        return period.quarter();
    }

    @NonNull
    @Description("The number of the period in its year (số thứ tự kỳ): the quarter, the half, or 1.")
    public int getNumber() {
        return period.number();
    }

    @NonNull
    @Description("How reports name it (tên kỳ), e.g. \"quý I năm 2022\".")
    public String getLabel() {
        return period.labelVi();
    }

    @NonNull
    @Description("First day (ngày đầu kỳ), ISO-8601.")
    public LocalDate getStartDate() {
        return period.startDate();
    }

    @NonNull
    @Description("Last day (ngày cuối kỳ), ISO-8601.")
    public LocalDate getEndDate() {
        return period.endDate();
    }
}
