package vn.cchc.application.report;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import vn.cchc.domain.document.Document;
import vn.cchc.domain.indicator.Observation;
import vn.cchc.domain.report.Report;
import vn.cchc.domain.report.ReportSection;

/** A report with its figures as JSON, as the audit trail keeps it before and after a change. */
final class ReportSnapshot {

    private ReportSnapshot() {
    }

    static String of(Report report, List<Observation> figures) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", report.id())
                .add("version", report.version())
                .add("revision", report.revision())
                .add("unit", report.unit().code())
                .add("period", report.period().toString())
                .add("status", report.status().name())
                .add("title", report.title());
        report.printedNumber().ifPresent(v -> json.add("number", v));
        report.place().ifPresent(v -> json.add("place", v));
        report.dateLine().ifPresent(v -> json.add("dateLine", v));
        report.issuedOn().ifPresent(v -> json.add("issuedOn", v.toString()));
        report.returnReason().ifPresent(v -> json.add("returnReason", v));
        report.revises().ifPresent(r -> json.add("revises", r.id()));
        report.signer().ifPresent(s -> json.add("signer", Json.createObjectBuilder().add("name", s.name()).add("position", s.position())));
        JsonArrayBuilder recipients = Json.createArrayBuilder();
        report.recipients().forEach(r -> recipients.add(r.text()));
        json.add("recipients", recipients);
        json.add("sections", sections(report.sections()));
        JsonArrayBuilder observations = Json.createArrayBuilder();
        for (Observation o : figures) {
            JsonObjectBuilder figure = Json.createObjectBuilder()
                    .add("indicator", o.indicator().code())
                    .add("unit", o.unit().code())
                    .add("value", o.value().value());
            o.value().ratio().ifPresent(r -> figure.add("numerator", r.numerator()).add("denominator", r.denominator()));
            JsonArrayBuilder breakdown = Json.createArrayBuilder();
            o.breakdown().forEach(m -> breakdown.add(m.toString()));
            observations.add(figure.add("breakdown", breakdown));
        }
        return json.add("observations", observations).build().toString();
    }

    private static JsonArrayBuilder sections(List<ReportSection> sections) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (ReportSection s : sections) {
            JsonArrayBuilder items = Json.createArrayBuilder();
            // an item is its text, and the numbers of the documents it cites when it cites any
            s.items().forEach(i -> items.add((i.isBullet() ? "- " : "") + i.text() + cited(i.documents())));
            JsonObjectBuilder section = Json.createObjectBuilder().add("number", s.number()).add("heading", s.heading())
                    .add("cites", Json.createArrayBuilder(numbers(s.documents()))).add("items", items)
                    .add("subsections", sections(s.subsections()));
            s.area().ifPresent(a -> section.add("area", a.name()));
            array.add(section);
        }
        return array;
    }

    private static List<String> numbers(List<Document> documents) {
        return documents.stream().map(d -> d.number().printed()).toList();
    }

    private static String cited(List<Document> documents) {
        return documents.isEmpty() ? "" : " [" + String.join("; ", numbers(documents)) + "]";
    }
}
