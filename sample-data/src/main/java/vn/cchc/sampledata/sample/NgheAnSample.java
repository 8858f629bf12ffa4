package vn.cchc.sampledata.sample;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.domain.area.ReformArea;
import vn.cchc.domain.document.Document;
import vn.cchc.domain.document.DocumentKind;
import vn.cchc.domain.document.DocumentNumber;
import vn.cchc.domain.document.LinkType;
import vn.cchc.domain.document.Plan;
import vn.cchc.domain.document.PlanType;
import vn.cchc.domain.indicator.Breakdown;
import vn.cchc.domain.indicator.Observation;
import vn.cchc.domain.indicator.ObservedValue;
import vn.cchc.domain.indicator.Ratio;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.procedure.AdministrativeProcedure;
import vn.cchc.domain.procedure.ProcedureField;
import vn.cchc.domain.report.Recipient;
import vn.cchc.domain.report.Report;
import vn.cchc.domain.report.ReportSection;
import vn.cchc.domain.report.Signer;
import vn.cchc.domain.unit.AutonomyRegime;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitKind;
import vn.cchc.sampledata.Repositories;

/**
 * The Q1 2022 CCHC report of the Department of Science and Technology of Nghệ An
 * (shared/seed/bao-cao-cchc-quy-I-2022-so-khcn-nghe-an.txt), every fact of it as data in {@value #RESOURCE}: units,
 * documents, procedures, the report's figures and its text section by section, stored in that order through the
 * domain's constructors and methods, so that the domain's rules hold for the sample as for any other data. Values are
 * copied as printed; what the report leaves out (the day of its date, the number of its own document, the dates of some
 * decrees, the names of 24 of its 28 procedures) stays out. Documents are named by their printed number, figures by
 * the id the file gives them.
 */
public final class NgheAnSample {

    /** The period of the report, and codes the tests and the start-up ask for. */
    public static final Period PERIOD = Period.quarter(2022, 1);
    public static final String GOVERNMENT = "VN-CP";
    public static final String PROVINCE = "NA";
    public static final String PEOPLES_COMMITTEE = "NA-UBND";
    public static final String SCIENCE_AND_TECHNOLOGY = "NA-SKHCN";
    public static final String DEPARTMENT_OFFICE = "NA-SKHCN-VP";
    public static final String FIELD_ATOMIC_ENERGY = "NANG_LUONG_NGUYEN_TU";

    static final String RESOURCE = "nghe-an-2022-q1.json";

    private final Repositories repositories;

    public NgheAnSample(Repositories repositories) {
        this.repositories = repositories;
    }

    /** True when the sample is already in the database. */
    public boolean isLoaded() {
        return repositories.units().findByCode(SCIENCE_AND_TECHNOLOGY).isPresent();
    }

    /** Stores the whole sample; the standard indicators must exist. Call inside one transaction. */
    public void load() {
        JsonObject sample = read();
        Map<String, Unit> units = new HashMap<>();
        for (JsonObject u : objects(sample, "units")) {
            Unit unit = new Unit(u.getString("code"), u.getString("name"), u.getString("shortName", null),
                    UnitKind.valueOf(u.getString("kind")), u.containsKey("parent") ? named(units, u.getString("parent"), "unit") : null,
                    null);
            repositories.units().add(unit);
            if (u.containsKey("autonomyRegime")) {
                unit.assignAutonomyRegime(AutonomyRegime.valueOf(u.getString("autonomyRegime")));
            }
            put(units, unit.code(), unit, "unit");
        }
        Map<String, Document> documents = new HashMap<>();
        for (JsonObject d : objects(sample, "documents")) {
            Document document = document(d, units);
            repositories.documents().add(document);
            if (d.containsKey("drafter")) {
                document.draftedBy(named(units, d.getString("drafter"), "unit"));
            }
            for (JsonObject link : objects(d, "links")) {
                document.link(LinkType.valueOf(link.getString("type")), named(documents, link.getString("target"), "document"));
            }
            put(documents, document.number().printed(), document, "document");
        }
        Map<String, ProcedureField> fields = new HashMap<>();
        for (JsonObject f : objects(sample, "procedureFields")) {
            ProcedureField field = new ProcedureField(f.getString("code"), f.getString("name"));
            repositories.procedures().add(field);
            put(fields, field.code(), field, "procedure field");
        }
        for (JsonObject p : objects(sample, "procedures")) {
            repositories.procedures().add(new AdministrativeProcedure(p.getString("code"), p.getString("nationalCode", null),
                    p.getString("name"), named(fields, p.getString("field"), "procedure field"),
                    named(units, p.getString("competentUnit"), "unit")));
        }
        report(sample.getJsonObject("report"), units, documents);
    }

    private static Document document(JsonObject d, Map<String, Unit> units) {
        DocumentNumber number = DocumentNumber.parse(d.getString("number"));
        LocalDate issuedOn = d.containsKey("issuedOn") ? LocalDate.parse(d.getString("issuedOn")) : null;
        Unit issuer = named(units, d.getString("issuer"), "unit");
        String subject = d.getString("subject", null);
        DocumentKind kind = DocumentKind.valueOf(d.getString("kind"));
        return kind == DocumentKind.PLAN
                ? new Plan(number, issuedOn, issuer, subject, d.getInt("planYear"), PlanType.valueOf(d.getString("planType")))
                : new Document(number, kind, issuedOn, issuer, subject);
    }

    private void report(JsonObject r, Map<String, Unit> units, Map<String, Document> documents) {
        JsonObject period = r.getJsonObject("period");
        Report report = new Report(named(units, r.getString("unit"), "unit"),
                Period.quarter(period.getInt("year"), period.getInt("quarter")), r.getString("title"));
        report.head(r.getString("number"), r.getString("place"), r.getString("dateLine"), null);
        JsonObject signer = r.getJsonObject("signer");
        report.signedBy(new Signer(signer.getString("name"), signer.getString("position")));
        for (JsonObject recipient : objects(r, "recipients")) {
            report.sendTo(new Recipient(recipient.getString("text"),
                    recipient.containsKey("unit") ? named(units, recipient.getString("unit"), "unit") : null));
        }
        repositories.reports().add(report);

        Map<String, Observation> figures = new HashMap<>();
        for (JsonObject f : objects(r, "figures")) {
            Observation observation = Observation.reported(report,
                    repositories.indicators().findByCode(f.getString("indicator")).orElseThrow(
                            () -> new IllegalStateException("the standard indicator " + f.getString("indicator") + " is missing")),
                    named(units, f.getString("unit"), "unit"), value(f), breakdown(f));
            repositories.observations().add(observation);
            put(figures, f.getString("id"), observation, "figure");
        }
        for (JsonObject s : objects(r, "sections")) {
            fill(report.addSection(s.getString("number"), s.getString("heading"), area(s)), s, documents, figures);
        }
        // the sample is the report as it was sent to the Department of Home Affairs
        report.submit(null); // the day it was sent is not in the file
    }

    /** The section's cited documents, its items, then its subsections, each filled the same way. */
    private static void fill(ReportSection section, JsonObject s, Map<String, Document> documents, Map<String, Observation> figures) {
        section.cites(cited(s, documents));
        for (JsonObject item : objects(s, "items")) {
            (item.containsKey("paragraph") ? section.addParagraph(item.getString("paragraph")) : section.addBullet(item.getString("bullet")))
                    .cites(cited(item, documents))
                    .states(keys(item, "states").stream().map(id -> named(figures, id, "figure")).toArray(Observation[]::new));
        }
        for (JsonObject sub : objects(s, "subsections")) {
            fill(section.addSubsection(sub.getString("number"), sub.getString("heading"), area(sub)), sub, documents, figures);
        }
    }

    private static Document[] cited(JsonObject o, Map<String, Document> documents) {
        return keys(o, "cites").stream().map(number -> named(documents, number, "document")).toArray(Document[]::new);
    }

    /** A section's own reform area; none means its parent's. */
    private static ReformArea area(JsonObject section) {
        return section.containsKey("area") ? ReformArea.valueOf(section.getString("area")) : null;
    }

    private static ObservedValue value(JsonObject figure) {
        if (figure.containsKey("count")) {
            return ObservedValue.count(figure.getJsonNumber("count").longValueExact());
        }
        if (figure.containsKey("ratio")) {
            JsonObject ratio = figure.getJsonObject("ratio");
            return ObservedValue.ratio(Ratio.of(ratio.getJsonNumber("numerator").longValueExact(),
                    ratio.getJsonNumber("denominator").longValueExact()));
        }
        if (figure.containsKey("percent")) {
            return ObservedValue.percent(figure.getJsonNumber("percent").doubleValue());
        }
        throw new IllegalArgumentException("figure " + figure.getString("id") + " of the sample has no count, ratio or percent");
    }

    private static Breakdown breakdown(JsonObject figure) {
        Breakdown breakdown = Breakdown.total();
        for (JsonObject m : objects(figure, "breakdown")) {
            breakdown = breakdown.and(m.getString("dimension"), m.getString("member"), m.getString("label"));
        }
        return breakdown;
    }

    private static JsonObject read() {
        try (InputStream in = NgheAnSample.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the sample's data " + RESOURCE + " is not on the class path");
            }
            try (JsonReader reader = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the sample's data " + RESOURCE, e);
        }
    }

    /** The objects of an array; an absent array is empty. */
    private static List<JsonObject> objects(JsonObject o, String key) {
        return o.containsKey(key) ? o.getJsonArray(key).getValuesAs(JsonObject.class) : List.of();
    }

    private static List<String> keys(JsonObject o, String key) {
        return o.containsKey(key) ? o.getJsonArray(key).getValuesAs(JsonString::getString) : List.of();
    }

    private static <T> T named(Map<String, T> known, String key, String what) {
        T found = known.get(key);
        if (found == null) {
            throw new IllegalArgumentException("the sample names " + what + " " + key + " before it defines it");
        }
        return found;
    }

    private static <T> void put(Map<String, T> known, String key, T value, String what) {
        if (known.putIfAbsent(key, value) != null) {
            throw new IllegalArgumentException("the sample defines " + what + " " + key + " twice");
        }
    }
}
