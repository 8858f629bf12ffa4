package vn.cchc.domain.finding.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.cchc.domain.finding.Detection;
import vn.cchc.domain.finding.FindingCase;
import vn.cchc.domain.finding.Severity;
import vn.cchc.domain.indicator.Observation;

/**
 * A figure that counts a part of what another figure of the same report counts, and is larger: each subclass names the
 * part and the whole. The unit's own totals are compared (a ratio's numerator is the part it counts).
 */
abstract class PartAboveWhole extends Rule {

    private final List<String> parts;
    private final String whole;

    PartAboveWhole(String code, String descriptionVi, String descriptionEn, String whole, List<String> parts) {
        super(code, Severity.ERROR, descriptionVi, descriptionEn);
        this.whole = whole;
        this.parts = List.copyOf(parts);
    }

    @Override
    public final List<Detection> evaluate(FindingCase c) {
        Optional<Observation> total = c.total(whole);
        List<Detection> found = new ArrayList<>();
        if (total.isEmpty()) {
            return found;
        }
        long of = counted(total.get());
        for (String code : parts) {
            c.total(code).filter(part -> counted(part) > of).ifPresent(part -> found.add(found(code,
                    part.indicator().nameVi() + ": " + counted(part) + ", lớn hơn " + total.get().indicator().nameVi().toLowerCase(Locale.ROOT)
                            + ": " + of,
                    part.indicator().nameEn() + ": " + counted(part) + ", more than " + total.get().indicator().nameEn().toLowerCase(Locale.ROOT)
                            + ": " + of,
                    List.of(figure(part), figure(total.get())))));
        }
        return found;
    }
}
