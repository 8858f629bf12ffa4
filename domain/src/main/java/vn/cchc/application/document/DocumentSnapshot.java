package vn.cchc.application.document;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import vn.cchc.domain.document.Document;
import vn.cchc.domain.document.Plan;

/** A document with its links as JSON, as the audit trail keeps it before and after a change. */
final class DocumentSnapshot {

    private DocumentSnapshot() {
    }

    static String of(Document document) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", document.id())
                .add("version", document.version())
                .add("number", document.number().printed())
                .add("kind", document.kind().name())
                .add("issuer", document.issuer().code());
        document.issuedOn().ifPresent(d -> json.add("issuedOn", d.toString()));
        document.drafter().ifPresent(d -> json.add("drafter", d.code()));
        document.subject().ifPresent(s -> json.add("subject", s));
        if (document instanceof Plan plan) {
            json.add("planYear", plan.planYear()).add("planType", plan.planType().name());
        }
        JsonArrayBuilder links = Json.createArrayBuilder();
        document.links().forEach(l -> links.add(Json.createObjectBuilder().add("type", l.type().name())
                .add("target", l.target().id()).add("targetNumber", l.target().number().printed())));
        return json.add("links", links).build().toString();
    }
}
