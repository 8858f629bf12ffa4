package vn.cchc.domain.finding.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.cchc.domain.document.Document;
import vn.cchc.domain.finding.Detection;
import vn.cchc.domain.finding.Evidence;
import vn.cchc.domain.finding.EvidenceKind;
import vn.cchc.domain.finding.FindingCase;
import vn.cchc.domain.finding.Severity;
import vn.cchc.domain.report.Report;
import vn.cchc.domain.report.ReportSection;

/**
 * A document the report cites that is dated after the report: after the day it is dated, or, undated, the day it
 * was sent. The number or the date of the citation is wrong, or the document in the directory is another one.
 */
public final class DocumentAfterReport extends Rule {

    public static final String CODE = "DOCUMENT_AFTER_REPORT";

    public DocumentAfterReport() {
        super(CODE, Severity.ERROR, "Báo cáo trích dẫn văn bản ban hành sau ngày của báo cáo",
                "The report cites a document dated after the report");
    }

    @Override
    public List<Detection> evaluate(FindingCase c) {
        List<Detection> found = new ArrayList<>();
        c.sent().ifPresent(report -> dated(report).ifPresent(day -> {
            Set<Document> cited = new LinkedHashSet<>();
            for (ReportSection s : report.allSections()) {
                cited.addAll(s.documents());
                s.items().forEach(i -> cited.addAll(i.documents()));
            }
            for (Document d : cited) {
                d.issuedOn().filter(on -> on.isAfter(day)).ifPresent(on -> found.add(found("document " + d.id(),
                        "Văn bản " + d.number().printed() + " ban hành ngày " + on + ", sau ngày của báo cáo (" + day + ")",
                        "Document " + d.number().printed() + " is dated " + on + ", after the report (" + day + ")",
                        List.of(new Evidence(EvidenceKind.DOCUMENT, d.id(), d.number().printed() + " ngày " + on
                                        + d.subject().map(t -> ": " + t).orElse("")),
                                new Evidence(EvidenceKind.REPORT, report.id(), report.title() + ", ngày " + day)))));
            }
        }));
        return found;
    }

    private static Optional<LocalDate> dated(Report report) {
        return report.issuedOn().or(report::submittedOn);
    }
}
