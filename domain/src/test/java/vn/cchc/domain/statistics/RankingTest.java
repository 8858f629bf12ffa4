package vn.cchc.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.cchc.domain.indicator.ObservedValue;
import vn.cchc.domain.indicator.Ratio;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitKind;

class RankingTest {

    private static Unit unit(String code) {
        return new Unit(code, "Sở " + code, null, UnitKind.DEPARTMENT, null, null);
    }

    private static List<String> ranks(Ranking ranking) {
        return ranking.entries().stream().map(e -> e.rank().map(String::valueOf).orElse("-") + " " + e.unit().code()).toList();
    }

    private final List<Unit> units = List.of(unit("E"), unit("A"), unit("C"), unit("B"), unit("D"));

    @Test
    void shouldGiveEqualValuesOneRankAndSkipTheNext() {
        Map<String, ObservedValue> values = Map.of("A", ObservedValue.count(5), "B", ObservedValue.count(7),
                "C", ObservedValue.count(7), "D", ObservedValue.count(2));
        Ranking highest = Ranking.of(units, u -> Optional.ofNullable(values.get(u.code())), RankingOrder.HIGHEST_FIRST);
        assertThat(ranks(highest)).containsExactly("1 B", "1 C", "3 A", "4 D", "- E");
        Ranking lowest = Ranking.of(units, u -> Optional.ofNullable(values.get(u.code())), RankingOrder.LOWEST_FIRST);
        assertThat(ranks(lowest)).containsExactly("1 D", "2 A", "3 B", "3 C", "- E");
        assertThat(lowest.order()).isEqualTo(RankingOrder.LOWEST_FIRST);
    }

    @Test
    void shouldTieRatiosOfEqualShareExactly() {
        Map<String, ObservedValue> values = Map.of("A", ObservedValue.ratio(Ratio.of(1, 3)), "B", ObservedValue.ratio(Ratio.of(2, 6)),
                "C", ObservedValue.ratio(Ratio.of(1, 2)), "D", ObservedValue.ratio(Ratio.of(3, 9)), "E", ObservedValue.ratio(Ratio.of(0, 5)));
        Ranking ranking = Ranking.of(units, u -> Optional.ofNullable(values.get(u.code())), RankingOrder.HIGHEST_FIRST);
        assertThat(ranks(ranking)).containsExactly("1 C", "2 A", "2 B", "2 D", "5 E");
    }

    @Test
    void shouldPutTheBestFirst() {
        assertThat(RankingOrder.bestFirst(Optional.of(true))).isEqualTo(RankingOrder.HIGHEST_FIRST);
        assertThat(RankingOrder.bestFirst(Optional.of(false))).isEqualTo(RankingOrder.LOWEST_FIRST);
        assertThat(RankingOrder.bestFirst(Optional.empty())).as("volumes: the largest first").isEqualTo(RankingOrder.HIGHEST_FIRST);
    }

    @Test
    void shouldRankNobodyWithoutValues() {
        Ranking ranking = Ranking.of(units, u -> Optional.empty(), RankingOrder.HIGHEST_FIRST);
        assertThat(ranks(ranking)).containsExactly("- A", "- B", "- C", "- D", "- E");
    }

    @Test
    void shouldCompareEachUnitWithItsPlaceAndValueInThePreviousPeriod() {
        Map<String, ObservedValue> before = Map.of("A", ObservedValue.ratio(Ratio.of(1, 4)), "B", ObservedValue.ratio(Ratio.of(3, 4)),
                "C", ObservedValue.ratio(Ratio.of(1, 2)));
        Map<String, ObservedValue> now = Map.of("A", ObservedValue.ratio(Ratio.of(4, 5)), "B", ObservedValue.ratio(Ratio.of(1, 2)),
                "D", ObservedValue.ratio(Ratio.of(1, 10)));
        Ranking previous = Ranking.of(units, u -> Optional.ofNullable(before.get(u.code())), RankingOrder.HIGHEST_FIRST);
        Ranking ranking = Ranking.of(units, u -> Optional.ofNullable(now.get(u.code())), RankingOrder.HIGHEST_FIRST)
                .comparedWith(previous);
        Map<String, RankingEntry> byCode = new java.util.HashMap<>();
        ranking.entries().forEach(e -> byCode.put(e.unit().code(), e));
        assertThat(ranks(ranking)).containsExactly("1 A", "2 B", "3 D", "- C", "- E");
        assertThat(byCode.get("A").placesGained()).contains(2);
        assertThat(byCode.get("A").change()).hasValueSatisfying(c -> assertThat(c).isCloseTo(55.0, within(1e-9)));
        assertThat(byCode.get("B").placesGained()).contains(-1);
        assertThat(byCode.get("B").change()).hasValueSatisfying(c -> assertThat(c).isCloseTo(-25.0, within(1e-9)));
        assertThat(byCode.get("D").placesGained()).as("no rank before").isEmpty();
        assertThat(byCode.get("D").change()).isEmpty();
        assertThat(byCode.get("C").previous().flatMap(RankingEntry::rank)).as("ranked before, not now").contains(2);
        assertThat(byCode.get("C").change()).isEmpty();
    }
}
