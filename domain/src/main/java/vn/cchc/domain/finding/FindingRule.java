package vn.cchc.domain.finding;

import java.util.List;

/** A named data-quality rule: a stable code clients may rely on, a severity, what it checks, and the check itself. */
public interface FindingRule {

    /** Stable: clients filter and count by it; a rule that changes its meaning gets a new code. */
    String code();

    Severity severity();

    /** What the rule checks, in Vietnamese. */
    String descriptionVi();

    /** What the rule checks, in English. */
    String descriptionEn();

    /** What it finds in the case; nothing when the data agrees with itself. Pure: reads the case alone. */
    List<Detection> evaluate(FindingCase c);
}
