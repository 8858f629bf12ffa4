package vn.cchc.domain.statistics;

import java.util.Optional;

/** Which end of a ranking comes first. */
public enum RankingOrder {
    /** the highest value is ranked 1 */
    HIGHEST_FIRST,
    /** the lowest value is ranked 1 */
    LOWEST_FIRST;

    /** The best first: the highest when higher is better, the lowest when lower is; the highest when neither is. */
    public static RankingOrder bestFirst(Optional<Boolean> higherIsBetter) {
        return higherIsBetter.orElse(true) ? HIGHEST_FIRST : LOWEST_FIRST;
    }
}
