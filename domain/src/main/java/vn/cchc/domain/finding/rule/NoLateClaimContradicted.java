package vn.cchc.domain.finding.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.cchc.domain.finding.Detection;
import vn.cchc.domain.finding.Evidence;
import vn.cchc.domain.finding.EvidenceKind;
import vn.cchc.domain.finding.FindingCase;
import vn.cchc.domain.finding.Severity;
import vn.cchc.domain.indicator.StandardIndicators;
import vn.cchc.domain.report.ReportItem;
import vn.cchc.domain.report.ReportSection;
import vn.cchc.domain.statistics.DossierIndicator;

/**
 * A report whose words say no dossier was late ("không có hồ sơ trễ hạn", "100% hồ sơ giải quyết đúng hạn") while its
 * own late figure, or the one-stop records, count some.
 */
public final class NoLateClaimContradicted extends Rule {

    public static final String CODE = "NO_LATE_CLAIM_CONTRADICTED";

    static final Pattern NO_LATE = Pattern.compile(
            "không (?:có|để xảy ra|phát sinh) (?:trường hợp )?hồ sơ (?:nào )?(?:\\p{L}+ ){0,4}(?:trễ|quá|chậm) hạn"
                    + "|100 ?% (?:số )?hồ sơ (?:\\p{L}+ ){0,4}(?:đúng|trước) hạn",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    public NoLateClaimContradicted() {
        super(CODE, Severity.ERROR, "Báo cáo nêu không có hồ sơ trễ hạn nhưng số liệu hoặc hồ sơ ghi nhận có hồ sơ trễ hạn",
                "The text says no dossier was late while the figures or the records count late ones");
    }

    @Override
    public List<Detection> evaluate(FindingCase c) {
        Optional<ReportItem> claim = c.sent().stream().flatMap(r -> r.allSections().stream()).map(ReportSection::items)
                .flatMap(List::stream).filter(i -> NO_LATE.matcher(i.text()).find()).findFirst();
        if (claim.isEmpty()) {
            return List.of();
        }
        List<Evidence> against = new ArrayList<>();
        c.total(StandardIndicators.DOSSIERS_LATE).filter(o -> o.value().value() > 0).map(Rule::figure).ifPresent(against::add);
        c.records().stream().filter(p -> p.unit().code().equals(c.unit().code())
                        && p.indicator().code().equals(DossierIndicator.LATE.indicatorCode()))
                .flatMap(p -> p.computed().stream()).filter(v -> v.value() > 0).findFirst()
                .ifPresent(v -> against.add(new Evidence(EvidenceKind.DOSSIER_COUNT, DossierIndicator.LATE.indicatorCode(),
                        "Số hồ sơ trả kết quả trễ hạn theo hồ sơ (" + c.period().labelVi() + "): " + v)));
        if (against.isEmpty()) {
            return List.of();
        }
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(new Evidence(EvidenceKind.REPORT_ITEM, claim.get().id(), claim.get().text()));
        evidence.addAll(against);
        return List.of(found(StandardIndicators.DOSSIERS_LATE,
                "Báo cáo nêu không có hồ sơ trễ hạn, nhưng " + against.get(0).text().toLowerCase(Locale.ROOT),
                "The report says no dossier was late, but: " + against.get(0).text(), evidence));
    }
}
