package vn.cchc.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import vn.cchc.domain.dossier.DossierChannel;
import vn.cchc.domain.dossier.DossierKind;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.procedure.AdministrativeProcedure;
import vn.cchc.domain.statistics.DossierCounts;
import vn.cchc.domain.unit.Unit;

/**
 * The measures of the dossiers a unit received for one procedure, by one channel, of one kind, in one quarter: the
 * finest grain of the summary, read when statistics group or filter by field, procedure, channel or kind.
 */
@Entity
@Table(name = "DOSSIER_QUARTER_SUMMARY",
        // the key of a row, in the order statistics look rows up: by unit, then by quarter
        uniqueConstraints = @UniqueConstraint(name = "UQ_DOSSIER_QUARTER_SUMMARY",
                columnNames = {"UNIT_ID", "PERIOD_YEAR", "PERIOD_NUMBER", "PROCEDURE_ID", "CHANNEL", "KIND"}))
public class DossierQuarterSummary extends QuarterSummary {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "PROCEDURE_ID")
    private AdministrativeProcedure procedure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DossierChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DossierKind kind;

    protected DossierQuarterSummary() {
        // for JPA
    }

    DossierQuarterSummary(Unit unit, AdministrativeProcedure procedure, DossierChannel channel, DossierKind kind,
                          Period quarter, DossierCounts counts) {
        super(unit, quarter, counts);
        this.procedure = procedure;
        this.channel = channel;
        this.kind = kind;
    }
}
