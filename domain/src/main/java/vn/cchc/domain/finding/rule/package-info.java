/** The data-quality rules, one class each; {@link vn.cchc.domain.finding.FindingRules} lists them. */
package vn.cchc.domain.finding.rule;
