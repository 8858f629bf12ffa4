package vn.cchc.domain.statistics;

import java.util.Optional;
import vn.cchc.domain.indicator.ObservedValue;
import vn.cchc.domain.unit.Unit;

/**
 * One unit's place in a ranking; a unit without a value has no rank. {@code previous} is the same unit's place in the
 * ranking of the period before, when the ranking was {@link Ranking#comparedWith compared} with it.
 */
public record RankingEntry(Optional<Integer> rank, Unit unit, Optional<ObservedValue> value, Optional<RankingEntry> previous) {

    public RankingEntry(Optional<Integer> rank, Unit unit, Optional<ObservedValue> value) {
        this(rank, unit, value, Optional.empty());
    }

    /** The value minus the previous period's: counts in units, ratios and percentages in percentage points. */
    public Optional<Double> change() {
        return value.flatMap(now -> previous.flatMap(RankingEntry::value).map(before -> now.value() - before.value()));
    }

    /**
     * Places gained since the previous period: positive when the unit moved up (from rank 5 to rank 2 is +3); empty
     * when it had no rank in either.
     */
    public Optional<Integer> placesGained() {
        return rank.flatMap(now -> previous.flatMap(RankingEntry::rank).map(before -> before - now));
    }
}
