package vn.cchc.application.finding;

import java.util.List;
import vn.cchc.domain.finding.Finding;

/**
 * What one run of the rules did.
 *
 * @param found    every finding the run found, new or not, most serious first
 * @param opened   how many of them are new, or open again after being resolved
 * @param resolved how many findings of the scope were no longer found, and were resolved
 * @param cases    how many unit-and-quarter cases were read
 */
public record Evaluation(List<Finding> found, int opened, int resolved, int cases) {
}
