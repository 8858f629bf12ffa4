package vn.cchc.application.report;

import vn.cchc.domain.period.Period;
import vn.cchc.domain.period.PeriodType;
import vn.cchc.domain.shared.DomainException;

/** A period as a client gives it, read through the domain's rules when the write is checked. */
public record PeriodValue(PeriodType type, int year, Integer number) {

    public Period toPeriod() {
        DomainException.require(number != null || type.perYear() == 1, "INVALID_PERIOD",
                "a " + type + " needs its number, 1 to " + type.perYear(), "period.number", type, type.perYear(), "null");
        return Period.of(year, type, number == null ? 1 : number);
    }
}
