package vn.cchc.domain.shared;

import vn.cchc.domain.period.Period;

/**
 * Reports, with their units and records, were loaded in bulk rather than sent one by one (the sample data at start):
 * the subtree of {@code unitCode} over the quarters {@code first} to {@code last}. Fired as a CDI event in the load's
 * transaction, so that what reacts to reports being sent (the data-quality rules) reacts to them too.
 */
public record DataLoaded(String unitCode, Period first, Period last) {
}
