package vn.cchc.persistence.jpa;

import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.period.PeriodType;
import vn.cchc.domain.shared.DomainException;
import vn.cchc.domain.statistics.DossierCounts;
import vn.cchc.domain.unit.Unit;

/**
 * One row of the quarterly dossier summary: the {@link DossierCounts} of a receiving unit's dossiers in one quarter,
 * each measure a column. Rows are written by {@link JpaDossierSummary} and read only by aggregate queries.
 */
@MappedSuperclass
public abstract class QuarterSummary extends SummaryRow {

    @Embedded
    private Period quarter;

    protected QuarterSummary() {
        // for JPA
    }

    protected QuarterSummary(Unit unit, Period quarter, DossierCounts counts) {
        super(unit, counts);
        DomainException.require(quarter != null && quarter.type() == PeriodType.QUARTER, "INVALID_SUMMARY",
                "a summary row needs a unit and a quarter, got " + quarter);
        this.quarter = quarter;
    }
}
