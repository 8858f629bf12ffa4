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
import vn.cchc.domain.indicator.ObservedValue;
import vn.cchc.domain.statistics.ReportedVersusComputed;

/**
 * A dossier figure the report gives that the one-stop records do not bear out, beyond the tolerance: a count further
 * than {@link vn.cchc.domain.finding.FindingSettings#tolerancePercent} percent from the records' (at least one dossier
 * off), a rate further than that many percentage points. Units without records are not compared.
 */
public final class RecordsDisagree extends Rule {

    public static final String CODE = "REPORTED_VS_COMPUTED";

    public RecordsDisagree() {
        super(CODE, Severity.WARNING, "Số liệu hồ sơ báo cáo khác số liệu tính từ hồ sơ của hệ thống một cửa quá mức cho phép",
                "A dossier figure reported differs from the one-stop records beyond the tolerance");
    }

    @Override
    public List<Detection> evaluate(FindingCase c) {
        List<Detection> found = new ArrayList<>();
        double tolerance = c.settings().tolerancePercent();
        for (ReportedVersusComputed pair : c.records()) {
            // the figure of the report read, which need not be the one the comparison counts (an approved one)
            Optional<Observation> figure = c.total(pair.indicator().code());
            if (figure.isEmpty() || pair.computed().isEmpty() || !pair.unit().code().equals(c.unit().code())) {
                continue;
            }
            ObservedValue reported = figure.get().value();
            ObservedValue computed = pair.computed().get();
            double difference = Math.abs(reported.value() - computed.value());
            boolean rate = reported.ratio().isPresent();
            boolean beyond = rate ? difference > tolerance
                    : difference >= 1 && difference > tolerance / 100 * Math.max(computed.value(), 1);
            if (beyond) {
                String unitVi = rate ? " điểm phần trăm" : "";
                String unitEn = rate ? " percentage points" : "";
                found.add(found(pair.indicator().code(),
                        pair.indicator().nameVi() + ": báo cáo " + reported + ", hồ sơ ghi nhận " + computed + " (chênh "
                                + number(difference) + unitVi + ", cho phép " + number(tolerance) + (rate ? unitVi : " %") + ")",
                        pair.indicator().nameEn() + ": reported " + reported + ", the records say " + computed + " (off by "
                                + number(difference) + unitEn + ", tolerance " + number(tolerance) + (rate ? unitEn : " %") + ")",
                        List.of(figure(figure.get()),
                                new Evidence(EvidenceKind.DOSSIER_COUNT, pair.indicator().code(),
                                        pair.indicator().nameVi() + " theo hồ sơ (" + pair.period().labelVi() + "): " + computed))));
            }
        }
        return found;
    }
}
