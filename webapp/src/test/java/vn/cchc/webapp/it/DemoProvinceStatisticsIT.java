package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The dossier statistics of the demo province (loaded by the test server) against counts this test makes itself
 * from the dossier records, read page by page through the API: the same answers by two unrelated roads.
 */
class DemoProvinceStatisticsIT extends DeployedApplication {

    private static final LocalDate START = LocalDate.of(2023, 4, 1);
    private static final LocalDate END = LocalDate.of(2023, 6, 30);

    /** A dossier as the records list gives it. */
    private record Record(String unit, LocalDate received, LocalDate due, LocalDate closed, String status, String channel) {

        boolean closedBefore(LocalDate day) {
            return closed != null && closed.isBefore(day);
        }

        boolean closedIn() {
            return closed != null && !closed.isBefore(START) && !closed.isAfter(END);
        }

        boolean openAtEnd() {
            return !received.isAfter(END) && (closed == null || closed.isAfter(END));
        }
    }

    /** Every dossier of the demo province received by the end of the quarter, through cursor paging. */
    private List<Record> records() {
        List<Record> records = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            JsonObject page = client.data("""
                    { dossiers(first: 100, filter: {receivedOn: {lte: "%s"}}%s) {
                        nodes { unit { code } receivedOn dueOn closedOn status channel }
                        pageInfo { hasNextPage endCursor } } }""".formatted(END, after == null ? "" : ", after: \"" + after + "\""))
                    .getJsonObject("dossiers");
            for (JsonObject d : page.getJsonArray("nodes").getValuesAs(JsonObject.class)) {
                String unit = d.getJsonObject("unit").getString("code");
                if (unit.startsWith("MH-")) {
                    records.add(new Record(unit, LocalDate.parse(d.getString("receivedOn")), LocalDate.parse(d.getString("dueOn")),
                            d.get("closedOn") == JsonValue.NULL ? null : LocalDate.parse(d.getString("closedOn")),
                            d.getString("status"), d.getString("channel")));
                }
            }
            more = page.getJsonObject("pageInfo").getBoolean("hasNextPage");
            after = page.getJsonObject("pageInfo").getString("endCursor", null);
        }
        return records;
    }

    /** The measures of one group of records, by the definitions of the schema. */
    private static Map<String, Integer> measures(List<Record> records) {
        Map<String, Integer> m = new TreeMap<>();
        for (String k : List.of("carriedOver", "received", "toProcess", "resolvedEarly", "resolvedOnTime", "resolvedLate",
                "returned", "withdrawn", "inProgressNotDue", "inProgressOverdue", "online")) {
            m.put(k, 0);
        }
        for (Record r : records) {
            boolean carried = r.received.isBefore(START) && !r.closedBefore(START);
            boolean received = !r.received.isBefore(START) && !r.received.isAfter(END);
            if (!carried && !received) {
                continue;
            }
            m.merge(carried ? "carriedOver" : "received", 1, Integer::sum);
            m.merge("toProcess", 1, Integer::sum);
            if (received && r.channel.equals("ONLINE")) {
                m.merge("online", 1, Integer::sum);
            }
            if (r.closedIn()) {
                String measure = switch (r.status) {
                    case "RESOLVED_EARLY" -> "resolvedEarly";
                    case "RESOLVED_ON_TIME" -> "resolvedOnTime";
                    case "RESOLVED_LATE" -> "resolvedLate";
                    case "RETURNED" -> "returned";
                    case "WITHDRAWN" -> "withdrawn";
                    default -> throw new AssertionError("closed with status " + r.status);
                };
                m.merge(measure, 1, Integer::sum);
            } else if (r.openAtEnd()) {
                m.merge(r.due.isBefore(END) ? "inProgressOverdue" : "inProgressNotDue", 1, Integer::sum);
            }
        }
        return m;
    }

    private static Map<String, Integer> answered(JsonObject row) {
        Map<String, Integer> m = new TreeMap<>();
        for (String k : List.of("carriedOver", "received", "toProcess", "resolvedEarly", "resolvedOnTime", "resolvedLate",
                "returned", "withdrawn", "inProgressNotDue", "inProgressOverdue", "online")) {
            m.put(k, row.getInt(k));
        }
        return m;
    }

    private static final String MEASURES = """
            carriedOver received toProcess resolvedEarly resolvedOnTime resolvedLate returned withdrawn
            inProgressNotDue inProgressOverdue online onlineRate { numerator denominator } lateRate { numerator denominator }""";

    @Test
    void shouldCountTheQuarterOfTheWholeProvinceAsTheRecordsDo() {
        List<Record> records = records();
        assertThat(records).as("the demo province has dossiers").hasSizeGreaterThan(500);
        Map<String, Integer> expected = measures(records);
        JsonObject row = client.data("""
                { dossierStatistics(period: {type: QUARTER, year: 2023, number: 2}, groupBy: [], filter: {unit: {within: "MH-TINH"}}) {
                    %s } }""".formatted(MEASURES)).getJsonArray("dossierStatistics").getJsonObject(0);
        assertThat(answered(row)).isEqualTo(expected);
        assertThat(expected.get("carriedOver")).as("a realistic quarter carries dossiers over").isPositive();
        assertThat(row.getJsonObject("onlineRate").getInt("numerator")).isEqualTo(expected.get("online"));
        assertThat(row.getJsonObject("onlineRate").getInt("denominator")).isEqualTo(expected.get("received"));
        assertThat(row.getJsonObject("lateRate").getInt("numerator"))
                .isEqualTo(expected.get("resolvedLate") + expected.get("inProgressOverdue"));
        assertThat(row.getJsonObject("lateRate").getInt("denominator")).isEqualTo(expected.get("toProcess"));
    }

    @Test
    void shouldCountEachUnitAsTheRecordsDo() {
        Map<String, List<Record>> byUnit = new HashMap<>();
        records().forEach(r -> byUnit.computeIfAbsent(r.unit, u -> new ArrayList<>()).add(r));
        Map<String, Map<String, Integer>> expected = new TreeMap<>();
        byUnit.forEach((unit, records) -> {
            Map<String, Integer> m = measures(records);
            if (m.get("toProcess") > 0) {
                expected.put(unit, m);
            }
        });
        Map<String, Map<String, Integer>> answered = new TreeMap<>();
        client.data("""
                { dossierStatistics(period: {type: QUARTER, year: 2023, number: 2}, groupBy: [UNIT], filter: {unit: {within: "MH-TINH"}}) {
                    unit { code } %s } }""".formatted(MEASURES)).getJsonArray("dossierStatistics").getValuesAs(JsonObject.class)
                .forEach(row -> answered.put(row.getJsonObject("unit").getString("code"), answered(row)));
        assertThat(answered).isEqualTo(expected);
        assertThat(answered).hasSizeGreaterThan(10);
    }
}
