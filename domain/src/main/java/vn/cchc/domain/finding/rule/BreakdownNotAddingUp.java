package vn.cchc.domain.finding.rule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cchc.domain.finding.Detection;
import vn.cchc.domain.finding.Evidence;
import vn.cchc.domain.finding.FindingCase;
import vn.cchc.domain.finding.Severity;
import vn.cchc.domain.indicator.BreakdownMember;
import vn.cchc.domain.indicator.Measure;
import vn.cchc.domain.indicator.Observation;

/**
 * A count broken down along one dimension whose slices do not add up to the count they break down: "9 dossiers, 4 in
 * one field and 6 in the other". Reports list a breakdown whole, so a sum below its total is as wrong as one above.
 */
public final class BreakdownNotAddingUp extends Rule {

    public static final String CODE = "BREAKDOWN_NOT_ADDING_UP";

    public BreakdownNotAddingUp() {
        super(CODE, Severity.ERROR, "Các số liệu chi tiết không cộng lại bằng số tổng",
                "The slices of a breakdown do not add up to their total");
    }

    @Override
    public List<Detection> evaluate(FindingCase c) {
        List<Detection> found = new ArrayList<>();
        List<Observation> counts = c.figures().stream().filter(o -> o.indicator().measure() == Measure.COUNT).toList();
        for (Observation whole : counts) {
            Set<BreakdownMember> within = Set.copyOf(whole.breakdown());
            Map<String, List<Observation>> slicesByDimension = new LinkedHashMap<>();
            for (Observation part : counts) {
                if (part.indicator().code().equals(whole.indicator().code()) && part.unit().code().equals(whole.unit().code())
                        && part.breakdown().size() == within.size() + 1 && part.breakdown().containsAll(within)) {
                    BreakdownMember added = part.breakdown().stream().filter(m -> !within.contains(m)).findFirst().orElseThrow();
                    slicesByDimension.computeIfAbsent(added.dimension(), d -> new ArrayList<>()).add(part);
                }
            }
            slicesByDimension.forEach((dimension, slices) -> {
                long sum = slices.stream().mapToLong(o -> (long) o.value().value()).sum();
                long total = (long) whole.value().value();
                if (sum != total) {
                    List<Evidence> evidence = new ArrayList<>();
                    evidence.add(figure(whole));
                    slices.forEach(o -> evidence.add(figure(o)));
                    String of = whole.indicator().nameVi() + (whole.isTotal() ? "" : " [" + whole.breakdown().stream()
                            .map(m -> m.label() == null ? m.member() : m.label()).reduce((a, b) -> a + "; " + b).orElse("") + "]");
                    found.add(found(whole.indicator().code() + "@" + whole.unit().code() + "[" + keyOf(whole) + "]/" + dimension,
                            of + ": " + total + ", nhưng các số liệu chi tiết theo " + dimension + " cộng lại " + sum,
                            whole.indicator().nameEn() + ": " + total + ", but its slices by " + dimension + " add up to " + sum,
                            evidence));
                }
            });
        }
        return found;
    }

    private static String keyOf(Observation o) {
        return String.join(";", o.breakdown().stream().map(BreakdownMember::toString).sorted().toList());
    }
}
