package vn.cchc.domain.period;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import vn.cchc.domain.shared.DomainException;

/**
 * A reporting period: a quarter, a half-year, the first nine months or a whole year. Periods are ordered
 * by their end date (then shorter first) and know the period before them and the same period a year before.
 */
@Embeddable
public class Period implements Comparable<Period> {

    public static final int FIRST_YEAR = 1945;
    public static final int LAST_YEAR = 2999;

    private static final String[] ROMAN = {"I", "II", "III", "IV"};
    private static final Comparator<Period> ORDER = Comparator.comparing(Period::endDate)
            .thenComparing(Period::startDate, Comparator.reverseOrder());

    @Column(name = "PERIOD_YEAR", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "PERIOD_TYPE", nullable = false, length = 16)
    private PeriodType type;

    @Column(name = "PERIOD_NUMBER", nullable = false)
    private int number;

    protected Period() {
        // for JPA
    }

    private Period(int year, PeriodType type, int number) {
        DomainException.require(year >= FIRST_YEAR && year <= LAST_YEAR, "INVALID_PERIOD",
                "year must be between " + FIRST_YEAR + " and " + LAST_YEAR + ", got " + year,
                "period.year", FIRST_YEAR, LAST_YEAR, year);
        DomainException.require(type != null, "INVALID_PERIOD", "period type is required");
        this.year = year;
        this.type = type;
        this.number = type.requireNumber(number);
    }

    public static Period of(int year, PeriodType type, int number) {
        return new Period(year, type, number);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(year, PeriodType.QUARTER, quarter);
    }

    public static Period halfYear(int year, int half) {
        return new Period(year, PeriodType.HALF_YEAR, half);
    }

    public static Period nineMonths(int year) {
        return new Period(year, PeriodType.NINE_MONTHS, 1);
    }

    public static Period year(int year) {
        return new Period(year, PeriodType.YEAR, 1);
    }

    /** The quarter a day falls in. */
    public static Period quarterOf(LocalDate day) {
        return quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public int year() {
        return year;
    }

    public PeriodType type() {
        return type;
    }

    public int number() {
        return number;
    }

    /** The quarter number, or null when this period is not a quarter. */
    public Integer quarter() {
        return type == PeriodType.QUARTER ? number : null;
    }

    public LocalDate startDate() {
        int startMonth = type == PeriodType.QUARTER || type == PeriodType.HALF_YEAR
                ? (number - 1) * type.months() + 1
                : 1;
        return LocalDate.of(year, startMonth, 1);
    }

    public LocalDate endDate() {
        LocalDate firstOfLastMonth = startDate().plusMonths(type.months() - 1L);
        return firstOfLastMonth.withDayOfMonth(firstOfLastMonth.lengthOfMonth());
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(startDate()) && !day.isAfter(endDate());
    }

    /** The period of the same type just before this one (Q1 2022 → Q4 2021; 2022 → 2021). */
    public Period previous() {
        return number > 1 ? new Period(year, type, number - 1) : new Period(year - 1, type, type.perYear());
    }

    /** The period of the same type just after this one. */
    public Period next() {
        return number < type.perYear() ? new Period(year, type, number + 1) : new Period(year + 1, type, 1);
    }

    /** The same period one year earlier (Q1 2022 → Q1 2021), for year-on-year comparison. */
    public Period yearEarlier() {
        return new Period(year - 1, type, number);
    }

    /** How reports name the period: "quý I năm 2022", "6 tháng đầu năm 2022", "9 tháng năm 2022", "năm 2022". */
    public String labelVi() {
        return switch (type) {
            case QUARTER -> "quý " + ROMAN[number - 1] + " năm " + year;
            case HALF_YEAR -> (number == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
            case NINE_MONTHS -> "9 tháng năm " + year;
            case YEAR -> "năm " + year;
        };
    }

    @Override
    public int compareTo(Period other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Period p && p.year == year && p.type == type && p.number == number;
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, type, number);
    }

    @Override
    public String toString() {
        return switch (type) {
            case QUARTER -> year + "-Q" + number;
            case HALF_YEAR -> year + "-H" + number;
            case NINE_MONTHS -> year + "-9M";
            case YEAR -> String.valueOf(year);
        };
    }
}
