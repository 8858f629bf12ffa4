package vn.cchc.domain.finding;

import vn.cchc.domain.shared.DomainException;

/**
 * The thresholds of the rules that compare against a norm rather than a certainty.
 *
 * @param tolerancePercent how far a reported dossier figure may be from the records' before it is a finding: for a count
 *                         in percent of the records' count, for a rate in percentage points
 * @param jumpFactor       how many times larger (or smaller) than last period a count may be before it is a finding
 * @param jumpMinimum      counts below this, on both sides, never jump: 2 after 0 is noise, not news
 */
public record FindingSettings(double tolerancePercent, double jumpFactor, long jumpMinimum) {

    public static final FindingSettings DEFAULT = new FindingSettings(5, 3, 20);

    public FindingSettings {
        DomainException.require(tolerancePercent >= 0, "INVALID_SETTING", "the tolerance is not negative, got " + tolerancePercent);
        DomainException.require(jumpFactor > 1, "INVALID_SETTING", "the jump factor is above 1, got " + jumpFactor);
        DomainException.require(jumpMinimum >= 0, "INVALID_SETTING", "the jump minimum is not negative, got " + jumpMinimum);
    }
}
