package vn.cchc.persistence.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.statistics.DossierCounts;
import vn.cchc.domain.unit.Unit;

/**
 * The measures of all the dossiers a unit received in one quarter: the sum of its {@link DossierQuarterSummary} rows,
 * kept because statistics by unit and time alone (the dashboard) then read one row per unit and quarter instead
 * of one per procedure, channel and kind (about 50 times fewer on the demo province).
 */
@Entity
@Table(name = "DOSSIER_UNIT_QUARTER_SUMMARY",
        uniqueConstraints = @UniqueConstraint(name = "UQ_DOSSIER_UNIT_QUARTER_SUMMARY",
                columnNames = {"UNIT_ID", "PERIOD_YEAR", "PERIOD_NUMBER"}))
public class UnitQuarterSummary extends QuarterSummary {

    protected UnitQuarterSummary() {
        // for JPA
    }

    UnitQuarterSummary(Unit unit, Period quarter, DossierCounts counts) {
        super(unit, quarter, counts);
    }
}
