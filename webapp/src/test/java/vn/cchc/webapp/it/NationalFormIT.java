package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The national form's dossier table (Biểu II.06a/VPCP/KSTT) downloaded from {@code /export?layout=national-form} as CSV
 * and XLSX, every cell checked against the API's own dossierStatistics for the same unit and quarter, asked apart:
 * the fields' rows against the statistics grouped by FIELD, the total row against the ungrouped statistics.
 */
class NationalFormIT extends DeployedApplication {

    /** The documented query of the form (docs/api.md): the fields' rows, and the total under the alias total. */
    static final String FORM = """
            query($period: PeriodInput!, $unit: String!) {
              dossierStatistics(period: $period, groupBy: [FIELD], filter: {unit: {within: $unit}}) { field { name } ...form }
              total: dossierStatistics(period: $period, groupBy: [], filter: {unit: {within: $unit}}) { ...form } }
            fragment form on DossierStatistics {
              toProcess received online carriedOver resolved resolvedEarly resolvedOnTime resolvedLate inProgress inProgressNotDue inProgressOverdue }""";
    private static final String STATISTICS = """
            query($period: PeriodInput!, $unit: String!) {
              dossierStatistics(period: $period, groupBy: [%s], filter: {unit: {within: $unit}}) {
                field { name } toProcess received online carriedOver resolved resolvedEarly resolvedOnTime resolvedLate
                inProgress inProgressNotDue inProgressOverdue } }""";
    private static final List<String> HEADINGS = List.of("STT", "Lĩnh vực", "Tổng số hồ sơ tiếp nhận", "Số mới tiếp nhận trực tuyến",
            "Số mới tiếp nhận trực tiếp và qua dịch vụ bưu chính", "Số kỳ trước chuyển qua", "Tổng số hồ sơ đã giải quyết",
            "Trả trước hạn", "Trả đúng thời hạn", "Trả quá hạn", "Tổng số hồ sơ đang giải quyết", "Trong hạn", "Quá hạn");
    private static final String USER = GraphQLClient.ANALYST;

    private static String variables(String unit) {
        return "{\"period\": {\"type\": \"QUARTER\", \"year\": 2024, \"number\": 3}, \"unit\": \"" + unit + "\"}";
    }

    private HttpResponse<byte[]> export(String parameters, String body) {
        return GraphQLClient.sendBytesAs(HttpRequest.newBuilder(URI.create(base + "export" + parameters))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), USER);
    }

    private List<JsonObject> statistics(String groupBy, String unit) {
        JsonObject answer = client.as(USER).post(STATISTICS.formatted(groupBy), variables(unit));
        assertThat(answer.get("errors")).isNull();
        return answer.getJsonObject("data").getJsonArray("dossierStatistics").getValuesAs(JsonObject.class);
    }

    /** The form's row as the API's own statistics give it: STT, field, then the counts in the form's order. */
    private static List<Object> expected(Long number, String field, JsonObject s) {
        return Arrays.asList(number, field, (long) s.getInt("toProcess"), (long) s.getInt("online"),
                (long) (s.getInt("received") - s.getInt("online")), (long) s.getInt("carriedOver"), (long) s.getInt("resolved"),
                (long) s.getInt("resolvedEarly"), (long) s.getInt("resolvedOnTime"), (long) s.getInt("resolvedLate"),
                (long) s.getInt("inProgress"), (long) s.getInt("inProgressNotDue"), (long) s.getInt("inProgressOverdue"));
    }

    /** The whole table the form must show for the unit: a row per field of the grouped answer, the ungrouped total last. */
    private List<List<Object>> expectedTable(String unit) {
        List<List<Object>> rows = new ArrayList<>();
        List<JsonObject> fields = statistics("FIELD", unit);
        for (int i = 0; i < fields.size(); i++) {
            rows.add(expected(i + 1L, fields.get(i).getJsonObject("field").getString("name"), fields.get(i)));
        }
        List<JsonObject> total = statistics("", unit);
        assertThat(total).hasSize(1);
        rows.add(expected(null, "Tổng số", total.get(0)));
        return rows;
    }

    @Test
    void shouldDownloadTheFormAsCsvWithEveryCellFromTheApi() {
        for (String unit : List.of("NA-SKHCN", "MH-STP")) {
            HttpResponse<byte[]> response = export("?format=csv&layout=national-form&filename=bieu-II.06a", GraphQLClient.body(FORM, variables(unit)));
            assertThat(response.statusCode()).as(unit).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"bieu-II.06a.csv\"");
            List<String> lines = new String(response.body(), StandardCharsets.UTF_8).substring(1).lines().toList();
            assertThat(cells(lines.get(0))).containsExactlyElementsOf(HEADINGS);
            List<List<Object>> table = lines.subList(1, lines.size()).stream().map(NationalFormIT::cells)
                    .map(NationalFormIT::typed).toList();
            assertThat(table).as(unit).containsExactlyElementsOf(expectedTable(unit));
        }
        assertThat(expectedTable("MH-STP")).as("a department with dossiers in several fields").hasSizeGreaterThan(2)
                .allSatisfy(row -> assertThat(row.get(2)).isEqualTo((long) row.get(3) + (long) row.get(4) + (long) row.get(5)));
    }

    @Test
    void shouldDownloadTheFormAsXlsxWithGroupHeadingsAndEveryCellFromTheApi() throws Exception {
        for (String unit : List.of("NA-SKHCN", "MH-STP")) {
            HttpResponse<byte[]> response = export("?format=xlsx&layout=national-form", GraphQLClient.body(FORM, variables(unit)));
            assertThat(response.statusCode()).as(unit).isEqualTo(200);
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
                Sheet sheet = workbook.getSheetAt(0);
                assertThat(text(sheet.getRow(0).getCell(0))).isEqualTo("STT");
                assertThat(text(sheet.getRow(0).getCell(2))).isEqualTo("Tiếp nhận");
                assertThat(text(sheet.getRow(0).getCell(6))).isEqualTo("Đã giải quyết");
                assertThat(text(sheet.getRow(0).getCell(10))).isEqualTo("Đang giải quyết");
                assertThat(sheet.getMergedRegions()).extracting(CellRangeAddress::formatAsString)
                        .contains("A1:A2", "B1:B2", "C1:F1", "G1:J1", "K1:M1");
                for (int c = 2; c < HEADINGS.size(); c++) {
                    assertThat(text(sheet.getRow(1).getCell(c))).isEqualTo(HEADINGS.get(c));
                }
                List<List<Object>> expected = expectedTable(unit);
                assertThat(sheet.getLastRowNum()).as(unit).isEqualTo(expected.size() + 1);
                for (int r = 0; r < expected.size(); r++) {
                    Row row = sheet.getRow(r + 2);
                    List<Object> actual = new ArrayList<>();
                    for (int c = 0; c < HEADINGS.size(); c++) {
                        actual.add(value(row.getCell(c)));
                    }
                    assertThat(actual).as("%s row %d", unit, r + 1).isEqualTo(expected.get(r));
                }
            }
        }
    }

    @Test
    void shouldNameWhatTheQueryLacksAndRefuseAnUnknownLayout() {
        HttpResponse<byte[]> unknown = export("?format=csv&layout=bieu", GraphQLClient.body(FORM, variables("MH-STP")));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(new String(unknown.body(), StandardCharsets.UTF_8)).contains("layout must be list or national-form");

        String withoutLate = FORM.replace(" resolvedLate ", " ");
        HttpResponse<byte[]> lacking = export("?format=xlsx&layout=national-form", GraphQLClient.body(withoutLate, variables("MH-STP")));
        assertThat(lacking.statusCode()).isEqualTo(400);
        String body = new String(lacking.body(), StandardCharsets.UTF_8);
        assertThat(body).contains("\"code\":\"BAD_REQUEST\"", "does not select: resolvedLate").doesNotContain("Exception", "\tat ");

        String withoutTotal = FORM.substring(0, FORM.indexOf("  total:")) + "}" + FORM.substring(FORM.indexOf("\nfragment"));
        HttpResponse<byte[]> noTotal = export("?format=csv&layout=national-form", GraphQLClient.body(withoutTotal, variables("MH-STP")));
        assertThat(noTotal.statusCode()).isEqualTo(400);
        assertThat(new String(noTotal.body(), StandardCharsets.UTF_8)).contains("alias total");
    }

    /** The fields of a CSV line (RFC 4180: quoted fields, doubled quotes). */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /** A CSV row with its numbers as numbers and its empty cells as null, as the expected rows hold them. */
    private static List<Object> typed(List<String> cells) {
        List<Object> row = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            row.add(cell.isEmpty() ? null : c == 1 ? cell : (Object) Long.parseLong(cell));
        }
        return row;
    }

    private static String text(Cell cell) {
        return cell.getStringCellValue();
    }

    private static Object value(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        return cell.getCellType() == CellType.NUMERIC ? (Object) (long) cell.getNumericCellValue() : cell.getStringCellValue();
    }
}
