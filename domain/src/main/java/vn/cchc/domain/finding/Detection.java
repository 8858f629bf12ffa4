package vn.cchc.domain.finding;

import java.util.List;
import vn.cchc.domain.shared.DomainException;

/**
 * What one rule found in one case, before it is kept: the subject tells it apart from the rule's other findings on the
 * same unit and period (the indicator, the slice, the document), so that running the rules again finds the same one.
 */
public record Detection(FindingRule rule, String subject, String messageVi, String messageEn, List<Evidence> evidence) {

    public Detection {
        DomainException.require(rule != null, "INVALID_FINDING", "a finding has its rule");
        subject = DomainException.requireText(subject, "INVALID_FINDING", "what the finding is about");
        DomainException.requireText(messageVi, "INVALID_FINDING", "the Vietnamese message");
        DomainException.requireText(messageEn, "INVALID_FINDING", "the English message");
        evidence = List.copyOf(evidence);
        DomainException.require(!evidence.isEmpty(), "INVALID_FINDING", "a finding points to its evidence");
    }
}
