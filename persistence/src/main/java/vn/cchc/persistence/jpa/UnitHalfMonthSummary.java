package vn.cchc.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;
import vn.cchc.domain.shared.DomainException;
import vn.cchc.domain.statistics.DossierCounts;
import vn.cchc.domain.unit.Unit;

/**
 * The measures of all the dossiers a unit received in one half-month: the 1st to the 14th of a month, or the 15th
 * to its last day, named by its first day. Both a calendar quarter and a reporting window cut on the 15th (Công văn
 * 581/BNV-CCHC: quý I from 15 December to 14 March) are runs of whole half-months, so statistics by unit of a
 * reporting period read these rows as those of a calendar period read {@link UnitQuarterSummary}'s. A quarter's
 * six half-months are written with its quarter rows, and covered with it ({@link SummarizedQuarter}).
 */
@Entity
@Table(name = "DOSSIER_UNIT_HALF_MONTH_SUMMARY",
        // the key of a row, in the order statistics look rows up: by unit, then by day
        uniqueConstraints = @UniqueConstraint(name = "UQ_UNIT_HALFMONTH", columnNames = {"UNIT_ID", "STARTS_ON"}))
public class UnitHalfMonthSummary extends SummaryRow {

    /** The day a half-month after the first of the month starts on. */
    static final int SECOND_HALF = 15;

    @Column(name = "STARTS_ON", nullable = false)
    private LocalDate startsOn;

    protected UnitHalfMonthSummary() {
        // for JPA
    }

    UnitHalfMonthSummary(Unit unit, LocalDate startsOn, DossierCounts counts) {
        super(unit, counts);
        DomainException.require(startsOn != null && isStart(startsOn), "INVALID_SUMMARY",
                "a half-month starts on the 1st or the 15th, not " + startsOn);
        this.startsOn = startsOn;
    }

    /** True when a half-month starts on the day. */
    static boolean isStart(LocalDate day) {
        return day.getDayOfMonth() == 1 || day.getDayOfMonth() == SECOND_HALF;
    }

    /** True when a half-month ends on the day. */
    static boolean isEnd(LocalDate day) {
        return isStart(day.plusDays(1));
    }

    /** The first day of the half-month that holds the day. */
    static LocalDate startOf(LocalDate day) {
        return day.withDayOfMonth(day.getDayOfMonth() < SECOND_HALF ? 1 : SECOND_HALF);
    }

    /** The last day of the half-month that starts on the day. */
    static LocalDate endOf(LocalDate start) {
        return start.getDayOfMonth() == 1 ? start.withDayOfMonth(SECOND_HALF - 1) : start.withDayOfMonth(start.lengthOfMonth());
    }
}
