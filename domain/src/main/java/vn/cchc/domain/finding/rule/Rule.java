package vn.cchc.domain.finding.rule;

import java.util.List;
import java.util.Locale;
import vn.cchc.domain.finding.Detection;
import vn.cchc.domain.finding.Evidence;
import vn.cchc.domain.finding.EvidenceKind;
import vn.cchc.domain.finding.FindingRule;
import vn.cchc.domain.finding.Severity;
import vn.cchc.domain.indicator.Observation;

/** What every rule shares: its name and the words its findings are written in. */
abstract class Rule implements FindingRule {

    private final String code;
    private final Severity severity;
    private final String descriptionVi;
    private final String descriptionEn;

    Rule(String code, Severity severity, String descriptionVi, String descriptionEn) {
        this.code = code;
        this.severity = severity;
        this.descriptionVi = descriptionVi;
        this.descriptionEn = descriptionEn;
    }

    @Override
    public final String code() {
        return code;
    }

    @Override
    public final Severity severity() {
        return severity;
    }

    @Override
    public final String descriptionVi() {
        return descriptionVi;
    }

    @Override
    public final String descriptionEn() {
        return descriptionEn;
    }

    final Detection found(String subject, String messageVi, String messageEn, List<Evidence> evidence) {
        return new Detection(this, subject, messageVi, messageEn, evidence);
    }

    /** A figure as evidence: "Số hồ sơ tiếp nhận [FIELD=...] = 9". */
    static Evidence figure(Observation o) {
        String slice = o.isTotal() ? "" : " [" + String.join("; ", o.breakdown().stream()
                .map(m -> m.label() == null ? m.member() : m.label()).toList()) + "]";
        return new Evidence(EvidenceKind.OBSERVATION, o.id(), o.indicator().nameVi() + slice + " (" + o.unit().code() + "): "
                + o.value());
    }

    /** A number as the messages print it: whole numbers without decimals, others to one decimal. */
    static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** The count of a figure, or its numerator when it is a ratio. */
    static long counted(Observation o) {
        return o.value().ratio().map(r -> r.numerator()).orElse((long) o.value().value());
    }
}
