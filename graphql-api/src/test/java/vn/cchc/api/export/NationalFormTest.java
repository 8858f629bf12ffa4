package vn.cchc.api.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NationalFormTest {

    private static final String COUNTS = "\"received\": %d, \"online\": %d, \"carriedOver\": %d, \"toProcess\": %d, "
            + "\"resolved\": %d, \"resolvedEarly\": %d, \"resolvedOnTime\": %d, \"resolvedLate\": %d, "
            + "\"inProgress\": %d, \"inProgressNotDue\": %d, \"inProgressOverdue\": %d";

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static String counts(int... values) {
        return COUNTS.formatted(Arrays.stream(values).boxed().toArray());
    }

    /** Two fields and a total that is not their sum, as the API may answer it. */
    private static final String ANSWER = "{\"dossierStatistics\": ["
            + "{\"field\": {\"name\": \"Đo lường\"}, " + counts(10, 4, 2, 12, 7, 1, 5, 1, 5, 3, 2) + "},"
            + "{\"field\": {\"name\": \"Năng lượng, nguyên tử\"}, " + counts(3, 3, 0, 3, 2, 2, 0, 0, 1, 1, 0) + "}],"
            + "\"total\": [{" + counts(14, 8, 2, 16, 9, 3, 5, 1, 7, 4, 3) + "}]}";

    @Test
    void shouldLayTheFieldsAndTheApisTotalOutInTheFormsColumns() throws ExportRefusal {
        ListTable table = NationalForm.of(json(ANSWER));
        assertThat(table.columns()).containsExactly("STT", "Lĩnh vực", "Tổng số hồ sơ tiếp nhận", "Số mới tiếp nhận trực tuyến",
                "Số mới tiếp nhận trực tiếp và qua dịch vụ bưu chính", "Số kỳ trước chuyển qua", "Tổng số hồ sơ đã giải quyết",
                "Trả trước hạn", "Trả đúng thời hạn", "Trả quá hạn", "Tổng số hồ sơ đang giải quyết", "Trong hạn", "Quá hạn");
        assertThat(table.groups()).containsExactly(new ListTable.Group("Tiếp nhận", 2, 4),
                new ListTable.Group("Đã giải quyết", 6, 4), new ListTable.Group("Đang giải quyết", 10, 3));
        assertThat(table.rows()).containsExactly(
                List.of(1L, "Đo lường", 12L, 4L, 6L, 2L, 7L, 1L, 5L, 1L, 5L, 3L, 2L),
                List.of(2L, "Năng lượng, nguyên tử", 3L, 3L, 0L, 0L, 2L, 2L, 0L, 0L, 1L, 1L, 0L),
                Arrays.asList(null, "Tổng số", 16L, 8L, 6L, 2L, 9L, 3L, 5L, 1L, 7L, 4L, 3L));
    }

    @Test
    void shouldGiveOnlyTheTotalRowForAUnitWithoutDossiers() throws ExportRefusal {
        ListTable table = NationalForm.of(json("{\"total\": [{" + counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0) + "}], \"dossierStatistics\": []}"));
        assertThat(table.rows()).containsExactly(Arrays.asList(null, "Tổng số", 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L));
    }

    private static ExportRefusal refused(String answer) {
        ExportRefusal refusal = catchThrowableOfType(ExportRefusal.class, () -> NationalForm.of(json(answer)));
        assertThat(refusal).isNotNull();
        assertThat(refusal.status()).isEqualTo(400);
        assertThat(refusal.body()).contains("\"code\":\"BAD_REQUEST\"", "\"layout\":\"national-form\"");
        return refusal;
    }

    @Test
    void shouldNameTheFieldsTheQueryDoesNotSelect() {
        String withoutCounts = ANSWER.replace("\"resolvedLate\"", "\"late\"").replace("{\"name\": \"Đo lường\"}", "{\"code\": \"DL\"}");
        assertThat(refused(withoutCounts).body()).contains("does not select: field.name, resolvedLate", "\"missing\":\"field.name,resolvedLate\"");
    }

    @Test
    void shouldAskForTheTotalUnderItsAliasAsOneUngroupedRow() {
        assertThat(refused(ANSWER.replace("\"total\"", "\"sum\"")).body()).contains("alias total");
        assertThat(refused(ANSWER.replace("\"total\": [{", "\"total\": [{\"field\": {\"name\": \"X\"}, ")).body())
                .contains("must not be grouped by FIELD");
        assertThat(refused("{\"total\": [{" + counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0) + "}]}").body()).contains("no list");
    }

    @Test
    void shouldRefuseAFieldOnSeveralRows() {
        String twice = ANSWER.replace("Năng lượng, nguyên tử", "Đo lường");
        assertThat(refused(twice).body()).contains("the field Đo lường has several rows", "FIELD alone");
    }

    @Test
    void shouldKnowTheLayoutsByTheirParameterAndTheListByDefault() {
        assertThat(ExportLayout.named(null)).contains(ExportLayout.LIST);
        assertThat(ExportLayout.named("list")).contains(ExportLayout.LIST);
        assertThat(ExportLayout.named("National-Form")).contains(ExportLayout.NATIONAL_FORM);
        assertThat(ExportLayout.named("bieu-II.06a")).isEmpty();
    }
}
