package vn.cchc.api.export;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import vn.cchc.api.error.GraphQLErrors;

/**
 * The dossier-handling statistics table of the national form (Biểu II.06a/VPCP/KSTT, the Government Office's
 * procedure-control circular): its columns in the form's order under their Vietnamese headings, one row per procedure
 * field and the total row last. It reshapes an answer holding {@code dossierStatistics} grouped by FIELD (the first
 * list of the answer) and, under the alias {@value #TOTAL}, the same statistics without groupBy. It computes no
 * count but "in person or by post".
 */
final class NationalForm {

    static final String TOTAL = "total";
    static final String TOTAL_ROW = "Tổng số";
    static final List<String> LEADING = List.of("STT", "Lĩnh vực");

    /** A count column: its heading and its value in a row of the answer. */
    private record Measure(String heading, ToLongFunction<Counts> value) {
    }

    /** The form's column groups, in its order. */
    private record Heading(String heading, List<Measure> measures) {
    }

    private static final List<Heading> HEADINGS = List.of(
            new Heading("Tiếp nhận", List.of(
                    // the form's total received counts the carried over too: the API's toProcess (carriedOver + received)
                    new Measure("Tổng số hồ sơ tiếp nhận", c -> c.of("toProcess")),
                    new Measure("Số mới tiếp nhận trực tuyến", c -> c.of("online")),
                    // received counts the channels IN_PERSON, ONLINE and POST (DossierChannel), so this is exact
                    new Measure("Số mới tiếp nhận trực tiếp và qua dịch vụ bưu chính", c -> c.of("received") - c.of("online")),
                    new Measure("Số kỳ trước chuyển qua", c -> c.of("carriedOver")))),
            new Heading("Đã giải quyết", List.of(
                    new Measure("Tổng số hồ sơ đã giải quyết", c -> c.of("resolved")),
                    new Measure("Trả trước hạn", c -> c.of("resolvedEarly")),
                    new Measure("Trả đúng thời hạn", c -> c.of("resolvedOnTime")),
                    new Measure("Trả quá hạn", c -> c.of("resolvedLate")))),
            new Heading("Đang giải quyết", List.of(
                    new Measure("Tổng số hồ sơ đang giải quyết", c -> c.of("inProgress")),
                    new Measure("Trong hạn", c -> c.of("inProgressNotDue")),
                    new Measure("Quá hạn", c -> c.of("inProgressOverdue")))));

    private static final List<Measure> MEASURES = HEADINGS.stream().flatMap(h -> h.measures().stream()).toList();
    static final List<String> COLUMNS = Stream.concat(LEADING.stream(), MEASURES.stream().map(Measure::heading)).toList();
    static final List<ListTable.Group> GROUPS = groups();

    private NationalForm() {
    }

    private static List<ListTable.Group> groups() {
        List<ListTable.Group> groups = new ArrayList<>();
        int first = LEADING.size();
        for (Heading heading : HEADINGS) {
            groups.add(new ListTable.Group(heading.heading(), first, heading.measures().size()));
            first += heading.measures().size();
        }
        return groups;
    }

    /** A row of the answer, its counts read by name; a count the query did not select is noted, never taken as 0. */
    private record Counts(JsonObject item, Set<String> missing) {
        long of(String name) {
            if (item.get(name) instanceof JsonNumber number) {
                return number.longValue();
            }
            missing.add(name);
            return 0;
        }
    }

    /** The form's table of this answer's data, or the refusal naming what the query lacks. */
    static ListTable of(JsonObject data) throws ExportRefusal {
        // The total is the API's count for the whole scope, not a sum of the fields' rows: the ungrouped statistics
        // may be read from another source (the summary by unit) and a dossier could count in no field; summing here
        // would restate the API's rule and could disagree with what the API answers for the unit.
        JsonObject total = total(data.get(TOTAL));
        JsonArray fields = data.entrySet().stream().filter(e -> !TOTAL.equals(e.getKey()))
                .map(Map.Entry::getValue).filter(JsonArray.class::isInstance).map(JsonArray.class::cast).findFirst()
                .orElseThrow(() -> refusal("the answer holds no list of the fields' dossierStatistics (groupBy: [FIELD]) besides "
                        + TOTAL, Map.of()));
        Set<String> missing = new TreeSet<>();
        Set<String> seen = new HashSet<>();
        List<List<Object>> rows = new ArrayList<>();
        for (JsonValue value : fields) {
            JsonObject item = value instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
            String field = item.get("field") instanceof JsonObject f && f.get("name") instanceof JsonString name ? name.getString() : null;
            if (field == null) {
                missing.add("field.name");
            } else if (!seen.add(field)) {
                throw refusal("the field " + field + " has several rows: group the statistics by FIELD alone, for one period",
                        Map.of("field", field));
            }
            rows.add(row((long) rows.size() + 1, field, new Counts(item, missing)));
        }
        rows.add(row(null, TOTAL_ROW, new Counts(total, missing)));
        if (!missing.isEmpty()) {
            throw refusal("the national form needs field { name } in each field's row and each of the form's counts in every "
                    + "row, the total's too; the query does not select: " + String.join(", ", missing),
                    Map.of("missing", String.join(",", missing)));
        }
        return new ListTable(COLUMNS, rows, GROUPS);
    }

    /** The one ungrouped row under the alias total. */
    private static JsonObject total(JsonValue total) throws ExportRefusal {
        if (!(total instanceof JsonArray rows && rows.size() == 1 && rows.get(0) instanceof JsonObject row)) {
            throw refusal("the national form's total row is the same dossierStatistics with groupBy: [] for one period, "
                    + "asked under the alias " + TOTAL + " (one row)", Map.of());
        }
        if (row.get("field") instanceof JsonObject) {
            throw refusal("the total must not be grouped by FIELD: ask it with groupBy: []", Map.of());
        }
        return row;
    }

    private static List<Object> row(Long number, String field, Counts counts) {
        List<Object> row = new ArrayList<>(COLUMNS.size());
        row.add(number);
        row.add(field);
        MEASURES.forEach(m -> row.add(m.value().applyAsLong(counts)));
        return row;
    }

    private static ExportRefusal refusal(String message, Map<String, Object> details) {
        Map<String, Object> named = new HashMap<>(details);
        named.put("layout", ExportLayout.NATIONAL_FORM.parameter());
        return new ExportRefusal(HttpServletResponse.SC_BAD_REQUEST, GraphQLErrors.BAD_REQUEST, message, named);
    }
}
