package vn.cchc.domain.document;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.shared.DomainException;
import vn.cchc.domain.unit.Unit;

/** A plan (kế hoạch): a document for one year, of a type (CCHC plan, procedure-control plan, ...). */
@Entity
@DiscriminatorValue("PLAN")
public class Plan extends Document {

    @Column(name = "PLAN_YEAR")
    private Integer planYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "PLAN_TYPE", length = 24)
    private PlanType planType;

    protected Plan() {
        // for JPA
    }

    public Plan(DocumentNumber number, LocalDate issuedOn, Unit issuer, String subject, int planYear, PlanType planType) {
        super(number, DocumentKind.PLAN, issuedOn, issuer, subject);
        schedule(planYear, planType);
    }

    /** Sets the year the plan is for and what it is for. */
    public void schedule(int planYear, PlanType planType) {
        DomainException.require(planYear >= Period.FIRST_YEAR && planYear <= Period.LAST_YEAR, "INVALID_DOCUMENT",
                "plan " + number() + " has an impossible year " + planYear, "plan.year", planYear, Period.FIRST_YEAR, Period.LAST_YEAR);
        DomainException.require(planType != null, "INVALID_DOCUMENT", "plan " + number() + " needs a plan type",
                "required", "planType");
        this.planYear = planYear;
        this.planType = planType;
    }

    public int planYear() {
        return planYear;
    }

    public PlanType planType() {
        return planType;
    }
}
