package vn.cchc.domain.indicator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import vn.cchc.domain.shared.DomainException;

/** The coordinates of a broken-down value ("field = năng lượng nguyên tử, kind = new"); empty for a total. */
public final class Breakdown {

    private static final Breakdown TOTAL = new Breakdown(List.of());

    private final List<BreakdownMember> members;

    private Breakdown(List<BreakdownMember> members) {
        this.members = List.copyOf(members);
    }

    public static Breakdown total() {
        return TOTAL;
    }

    public static Breakdown of(String dimension, String member, String label) {
        return TOTAL.and(dimension, member, label);
    }

    /** This breakdown narrowed by one more dimension; a dimension appears once. */
    public Breakdown and(String dimension, String member, String label) {
        BreakdownMember added = new BreakdownMember(dimension, member, label);
        DomainException.require(members.stream().noneMatch(m -> m.dimension().equals(added.dimension())),
                "INVALID_BREAKDOWN", "dimension " + dimension + " appears twice in one breakdown");
        List<BreakdownMember> more = new ArrayList<>(members);
        more.add(added);
        return new Breakdown(more);
    }

    public List<BreakdownMember> members() {
        return members;
    }

    public boolean isTotal() {
        return members.isEmpty();
    }

    /** A canonical key, the same whatever order the dimensions were given in: "" for the total. */
    public String key() {
        return members.stream().sorted(Comparator.comparing(BreakdownMember::dimension))
                .map(BreakdownMember::toString).collect(Collectors.joining(";"));
    }

    @Override
    public String toString() {
        return isTotal() ? "total" : key();
    }
}
