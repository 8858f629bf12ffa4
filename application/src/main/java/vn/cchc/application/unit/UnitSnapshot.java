package vn.cchc.application.unit;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import vn.cchc.domain.unit.Unit;

/** A unit as JSON, as the audit trail keeps it before and after a change. */
final class UnitSnapshot {

    private UnitSnapshot() {
    }

    static String of(Unit unit) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", unit.id())
                .add("version", unit.version())
                .add("code", unit.code())
                .add("name", unit.name())
                .add("kind", unit.kind().name())
                .add("path", unit.path());
        if (unit.shortName() != null) {
            json.add("shortName", unit.shortName());
        }
        unit.parent().ifPresent(p -> json.add("parent", p.code()));
        if (unit.validFrom() != null) {
            json.add("validFrom", unit.validFrom().toString());
        }
        if (unit.validTo() != null) {
            json.add("validTo", unit.validTo().toString());
        }
        JsonArrayBuilder successors = Json.createArrayBuilder();
        unit.successors().forEach(s -> successors.add(s.code()));
        return json.add("successors", successors).build().toString();
    }
}
