package vn.cchc.api.analytics;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import vn.cchc.api.error.Arguments;
import vn.cchc.api.indicator.PeriodTypeView;
import vn.cchc.api.mapping.Enums;
import vn.cchc.application.report.PeriodValue;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.period.PeriodType;
import vn.cchc.domain.shared.DomainException;

@Input("PeriodInput")
@Description("A reporting period (kỳ báo cáo) given as an argument, as the Period type reads: {type: QUARTER, year: 2024, "
        + "number: 1} is quý I năm 2024, {type: YEAR, year: 2024} is năm 2024.")
public class PeriodInput {

    @NonNull
    @Description("Length of the period (loại kỳ).")
    public PeriodTypeView type;

    @NonNull
    @Description("The year (năm).")
    public Integer year;

    @Description("The quarter 1-4 or the half 1-2 (số thứ tự kỳ); leave it out for NINE_MONTHS and YEAR.")
    public Integer number;

    /** The period as a write's input gives it, checked by the service with the write's other rules. */
    public PeriodValue value() {
        return new PeriodValue(Enums.mirror(type, PeriodType.class), year, number);
    }

    /** The period, or null when none was given; a period that does not exist is an error naming the argument. */
    public static Period read(String argument, PeriodInput input) {
        return input == null ? null : Arguments.read(argument, input::toPeriod);
    }

    private Period toPeriod() {
        PeriodType periodType = Enums.mirror(type, PeriodType.class);
        DomainException.require(number != null || periodType.perYear() == 1, "INVALID_PERIOD",
                "a " + periodType + " needs its number, 1 to " + periodType.perYear());
        return Period.of(year, periodType, number == null ? 1 : number);
    }
}
