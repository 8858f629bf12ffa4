package vn.cchc.domain.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.cchc.domain.indicator.ObservedValue;
import vn.cchc.domain.indicator.Ratio;
import vn.cchc.domain.unit.Unit;

/**
 * Units ranked by a value, with standard competition ranking ("1224"): equal values share a rank and the next
 * rank skips as many places (1, 2, 2, 4). Ratios are compared exactly (1/3 equals 2/6). Units without a value
 * come last, unranked; within a rank, and among the unranked, units are ordered by code.
 */
public record Ranking(RankingOrder order, List<RankingEntry> entries) {

    private static final Comparator<ObservedValue> ASCENDING = Ranking::compare;

    public Ranking {
        entries = List.copyOf(entries);
    }

    public static Ranking of(List<Unit> units, Function<Unit, Optional<ObservedValue>> valueOf, RankingOrder order) {
        Comparator<ObservedValue> bestFirst = order == RankingOrder.HIGHEST_FIRST ? ASCENDING.reversed() : ASCENDING;
        List<Map.Entry<Unit, ObservedValue>> valued = new ArrayList<>();
        List<Unit> unvalued = new ArrayList<>();
        for (Unit unit : units) {
            valueOf.apply(unit).ifPresentOrElse(v -> valued.add(Map.entry(unit, v)), () -> unvalued.add(unit));
        }
        valued.sort(Map.Entry.<Unit, ObservedValue>comparingByValue(bestFirst).thenComparing(e -> e.getKey().code()));
        unvalued.sort(Comparator.comparing(Unit::code));
        List<RankingEntry> entries = new ArrayList<>(units.size());
        int rank = 0;
        for (int i = 0; i < valued.size(); i++) {
            if (i == 0 || compare(valued.get(i).getValue(), valued.get(i - 1).getValue()) != 0) {
                rank = i + 1;
            }
            entries.add(new RankingEntry(Optional.of(rank), valued.get(i).getKey(), Optional.of(valued.get(i).getValue())));
        }
        unvalued.forEach(u -> entries.add(new RankingEntry(Optional.empty(), u, Optional.empty())));
        return new Ranking(order, entries);
    }

    /** The same ranking, each entry knowing the same unit's place in {@code previous} (the period before). */
    public Ranking comparedWith(Ranking previous) {
        Map<String, RankingEntry> before = new HashMap<>();
        previous.entries().forEach(e -> before.put(e.unit().code(), e));
        return new Ranking(order, entries.stream().map(e -> new RankingEntry(e.rank(), e.unit(), e.value(),
                Optional.ofNullable(before.get(e.unit().code())))).toList());
    }

    private static int compare(ObservedValue a, ObservedValue b) {
        Optional<Ratio> ra = a.ratio();
        Optional<Ratio> rb = b.ratio();
        return ra.isPresent() && rb.isPresent() ? ra.get().compareShareTo(rb.get()) : Double.compare(a.value(), b.value());
    }
}
