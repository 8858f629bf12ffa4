package vn.cchc.domain.statistics;

import java.util.Optional;
import vn.cchc.domain.indicator.ObservedValue;
import vn.cchc.domain.unit.Unit;

/** One unit's place in a ranking; a unit without a value has no rank. */
public record RankingEntry(Optional<Integer> rank, Unit unit, Optional<ObservedValue> value) {
}
