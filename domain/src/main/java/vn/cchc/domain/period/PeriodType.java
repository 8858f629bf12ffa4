package vn.cchc.domain.period;

import vn.cchc.domain.shared.DomainException;

/** The lengths of reporting period in use: quarterly reports, and the 6-month, 9-month and annual ones. */
public enum PeriodType {
    /** quý: number 1..4 */
    QUARTER(4, 3),
    /** 6 tháng: number 1..2 */
    HALF_YEAR(2, 6),
    /** 9 tháng: number 1 */
    NINE_MONTHS(1, 9),
    /** năm: number 1 */
    YEAR(1, 12);

    private final int perYear;
    private final int months;

    PeriodType(int perYear, int months) {
        this.perYear = perYear;
        this.months = months;
    }

    /** How many periods of this type a year has (the largest valid number). */
    public int perYear() {
        return perYear;
    }

    public int months() {
        return months;
    }

    /** Returns the number when a year has such a period ("quarter 5" does not exist). */
    public int requireNumber(int number) {
        DomainException.require(number >= 1 && number <= perYear, "INVALID_PERIOD",
                this == QUARTER
                        ? "quarter must be between 1 and 4, got " + number
                        : this + " number must be between 1 and " + perYear + ", got " + number,
                "period.number", this, perYear, number);
        return number;
    }
}
