package vn.cchc.application.document;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import vn.cchc.domain.document.Document;
import vn.cchc.domain.document.Plan;
import vn.cchc.domain.document.PlanTask;

/** A document with its links, and a plan with its tasks, as JSON, as the audit trail keeps it before and after a change. */
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
            JsonArrayBuilder tasks = Json.createArrayBuilder();
            plan.tasks().forEach(t -> tasks.add(task(t)));
            json.add("tasks", tasks);
        }
        JsonArrayBuilder links = Json.createArrayBuilder();
        document.links().forEach(l -> links.add(Json.createObjectBuilder().add("type", l.type().name())
                .add("target", l.target().id()).add("targetNumber", l.target().number().printed())));
        return json.add("links", links).build().toString();
    }

    private static JsonObjectBuilder task(PlanTask task) {
        JsonArrayBuilder coordinators = Json.createArrayBuilder();
        task.coordinatingUnits().forEach(u -> coordinators.add(u.code()));
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("number", task.number())
                .add("description", task.description())
                .add("coordinatingUnits", coordinators)
                .add("status", task.status().name());
        task.area().ifPresent(a -> json.add("area", a.name()));
        task.leadUnit().ifPresent(u -> json.add("leadUnit", u.code()));
        task.deadline().ifPresent(d -> json.add("deadline", d.toString()));
        task.expectedOutput().ifPresent(o -> json.add("expectedOutput", o));
        task.completedOn().ifPresent(d -> json.add("completedOn", d.toString()));
        return json;
    }
}
