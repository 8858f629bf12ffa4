package vn.cchc.application.procedure;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import vn.cchc.domain.procedure.AdministrativeProcedure;

/** A procedure with its history of online levels as JSON, as the audit trail keeps it before and after a change. */
final class ProcedureSnapshot {

    private ProcedureSnapshot() {
    }

    static String of(AdministrativeProcedure procedure) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", procedure.id())
                .add("version", procedure.version())
                .add("code", procedure.code())
                .add("name", procedure.name())
                .add("field", procedure.field().code())
                .add("competentUnit", procedure.competentUnit().code())
                .add("publicised", procedure.isPublicised());
        procedure.nationalCode().ifPresent(c -> json.add("nationalCode", c));
        procedure.legacyOnlineLevel().ifPresent(l -> json.add("legacyOnlineLevel", l));
        procedure.onlineService().ifPresent(s -> json.add("onlineService", s.name()));
        JsonArrayBuilder history = Json.createArrayBuilder();
        procedure.onlineServiceChanges().forEach(c -> {
            JsonObjectBuilder change = Json.createObjectBuilder().add("effectiveFrom", c.effectiveFrom().toString())
                    .add("service", c.service().name());
            c.legacyLevel().ifPresent(l -> change.add("legacyLevel", l));
            history.add(change);
        });
        return json.add("onlineServiceHistory", history).build().toString();
    }
}
