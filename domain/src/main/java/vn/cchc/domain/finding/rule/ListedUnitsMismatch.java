package vn.cchc.domain.finding.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.cchc.domain.finding.Detection;
import vn.cchc.domain.finding.Evidence;
import vn.cchc.domain.finding.EvidenceKind;
import vn.cchc.domain.finding.FindingCase;
import vn.cchc.domain.finding.Severity;
import vn.cchc.domain.indicator.Observation;
import vn.cchc.domain.indicator.StandardIndicators;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitKind;

/**
 * A count the report gives of entities it also lists: the public service units (số đơn vị sự nghiệp công lập) it
 * reports against those of its subtree in the directory, which is where the units the report names are kept.
 */
public final class ListedUnitsMismatch extends Rule {

    public static final String CODE = "LISTED_UNITS_MISMATCH";

    public ListedUnitsMismatch() {
        super(CODE, Severity.ERROR,
                "Số đơn vị sự nghiệp công lập báo cáo khác số đơn vị được liệt kê trực thuộc",
                "The number of public service units reported differs from the units listed below the unit");
    }

    @Override
    public List<Detection> evaluate(FindingCase c) {
        Optional<Observation> reported = c.total(StandardIndicators.PUBLIC_SERVICE_UNITS);
        List<Unit> listed = c.below().stream().filter(u -> u.kind() == UnitKind.PUBLIC_SERVICE_UNIT).toList();
        if (reported.isEmpty() || (long) reported.get().value().value() == listed.size()) {
            return List.of();
        }
        long count = (long) reported.get().value().value();
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(figure(reported.get()));
        listed.forEach(u -> evidence.add(new Evidence(EvidenceKind.UNIT, u.code(), u.name())));
        return List.of(found(StandardIndicators.PUBLIC_SERVICE_UNITS,
                "Báo cáo " + count + " đơn vị sự nghiệp công lập nhưng liệt kê " + listed.size() + " đơn vị trực thuộc "
                        + c.unit().code(),
                "Reports " + count + " public service units but lists " + listed.size() + " below " + c.unit().code(),
                evidence));
    }
}
