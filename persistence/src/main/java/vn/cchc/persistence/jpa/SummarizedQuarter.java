package vn.cchc.persistence.jpa;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.period.PeriodType;
import vn.cchc.domain.shared.DomainException;

/**
 * A quarter the dossier summary covers, for every unit: statistics of a period read the summary only when all its
 * quarters are covered. A quarter without any row is covered too (no dossier mattered to it), which the rows alone
 * could not tell from a quarter never summarised.
 */
@Entity
@Table(name = "DOSSIER_SUMMARIZED_QUARTER",
        uniqueConstraints = @UniqueConstraint(name = "UQ_DOSSIER_SUMMARIZED_QUARTER", columnNames = {"PERIOD_YEAR", "PERIOD_NUMBER"}))
public class SummarizedQuarter {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    private Long id;

    @Embedded
    private Period quarter;

    protected SummarizedQuarter() {
        // for JPA
    }

    SummarizedQuarter(Period quarter) {
        DomainException.require(quarter != null && quarter.type() == PeriodType.QUARTER, "INVALID_SUMMARY",
                "the summary covers quarters, not " + quarter);
        this.quarter = quarter;
    }
}
