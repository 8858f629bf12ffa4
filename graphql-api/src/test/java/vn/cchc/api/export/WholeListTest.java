package vn.cchc.api.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WholeListTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    /** A list of {@code total} procedures answered in pages of {@code size}; each page's cursor is its last row's number. */
    private static final class Procedures implements WholeList.Pages {
        private final int total;
        private final int size;
        private final boolean counted;
        final List<String> asked = new ArrayList<>();

        Procedures(int total, int size, boolean counted) {
            this.total = total;
            this.size = size;
            this.counted = counted;
        }

        @Override
        public JsonObject data(String after) {
            asked.add(after);
            int from = after == null ? 0 : Integer.parseInt(after);
            int to = Math.min(total, from + size);
            StringBuilder nodes = new StringBuilder();
            for (int i = from; i < to; i++) {
                nodes.append(i > from ? "," : "").append("{\"code\": \"P").append(i).append("\"}");
            }
            return json("{\"unit\": {\"procedures\": {" + (counted ? "\"totalCount\": " + total + ", " : "")
                    + "\"pageInfo\": {\"hasNextPage\": " + (to < total) + ", \"endCursor\": \"" + to + "\"}, \"nodes\": [" + nodes + "]}}}");
        }
    }

    @Test
    void shouldFollowTheEndCursorUntilTheLastPage() throws ExportRefusal {
        Procedures pages = new Procedures(250, 100, false);
        ListTable table = WholeList.collect(pages, true, 10_000);
        assertThat(pages.asked).containsExactly(null, "100", "200");
        assertThat(table.columns()).containsExactly("code");
        assertThat(table.rows()).hasSize(250).startsWith(List.of("P0")).endsWith(List.of("P249"));
    }

    @Test
    void shouldAnswerOnePageForAQueryNotInThePagingShape() throws ExportRefusal {
        Procedures pages = new Procedures(250, 100, false);
        assertThat(WholeList.collect(pages, false, 10_000).rows()).hasSize(100);
        assertThat(pages.asked).containsExactly((String) null);

        List<String> asked = new ArrayList<>();
        WholeList.Pages withoutPageInfo = after -> {
            asked.add(after);
            return json("{\"units\": {\"nodes\": [{\"code\": \"A\"}]}}");
        };
        assertThat(WholeList.collect(withoutPageInfo, true, 10_000).rows()).containsExactly(List.of("A"));
        assertThat(asked).containsExactly((String) null);
    }

    @Test
    void shouldRefuseAListLongerThanTheCapInsteadOfCuttingIt() {
        Procedures pages = new Procedures(250, 100, false);
        ExportRefusal refusal = catchThrowableOfType(() -> WholeList.collect(pages, true, 199), ExportRefusal.class);
        assertThat(refusal.status()).isEqualTo(422);
        JsonObject error = json(refusal.body()).getJsonArray("errors").getJsonObject(0);
        assertThat(error.getJsonObject("extensions").getString("code")).isEqualTo("EXPORT_TOO_LARGE");
        assertThat(error.getJsonObject("extensions").getInt("limit")).isEqualTo(199);
        assertThat(error.getString("message")).contains("199", "cchc.export.max-rows");
        assertThat(pages.asked).containsExactly(null, "100");
    }

    @Test
    void shouldRefuseACountedListLongerThanTheCapAtItsFirstPage() throws ExportRefusal {
        Procedures pages = new Procedures(250, 100, true);
        assertThat(catchThrowableOfType(() -> WholeList.collect(pages, true, 249), ExportRefusal.class).status()).isEqualTo(422);
        assertThat(pages.asked).containsExactly((String) null);
        assertThat(WholeList.collect(new Procedures(250, 100, true), true, 250).rows()).hasSize(250);
    }

    @Test
    void shouldRefuseAnAnswerWithoutAList() {
        ExportRefusal refusal = catchThrowableOfType(
                () -> WholeList.collect(after -> json("{\"unit\": {\"code\": \"NA\"}}"), true, 10_000), ExportRefusal.class);
        assertThat(refusal.status()).isEqualTo(400);
        assertThat(refusal.body()).contains("\"code\":\"BAD_REQUEST\"", "no list to export");
    }

    @Test
    void shouldPassTheApisRefusalOfALaterPageOn() {
        WholeList.Pages failingLater = after -> {
            if (after != null) {
                throw new ExportRefusal(422, "{\"errors\": [{\"message\": \"x\", \"extensions\": {\"code\": \"INVALID_CURSOR\"}}]}");
            }
            return json("{\"units\": {\"pageInfo\": {\"hasNextPage\": true, \"endCursor\": \"c\"}, \"nodes\": [{\"code\": \"A\"}]}}");
        };
        ExportRefusal refusal = catchThrowableOfType(() -> WholeList.collect(failingLater, true, 10_000), ExportRefusal.class);
        assertThat(refusal.body()).contains("INVALID_CURSOR");
    }

    @Test
    void shouldPageOnlyAnOperationThatDeclaresAfter() {
        assertThat(WholeList.declaresAfter("query($after: String) { units(first: 100, after: $after) { nodes { code } } }", null)).isTrue();
        assertThat(WholeList.declaresAfter("{ units(first: 100) { nodes { code } } }", null)).isFalse();
        assertThat(WholeList.declaresAfter("query($first: Int) { units(first: $first) { nodes { code } } } # $after: String", null)).isFalse();
        String two = "query A($after: String) { units(after: $after) { nodes { code } } } query B { units { nodes { code } } }";
        assertThat(WholeList.declaresAfter(two, "A")).isTrue();
        assertThat(WholeList.declaresAfter(two, "B")).isFalse();
        assertThat(WholeList.declaresAfter(two, null)).as("no operation chosen").isFalse();
        assertThat(WholeList.declaresAfter("query($after: String) { units(", null)).isFalse();
    }

    @Test
    void shouldResendTheRequestWithTheCursorAndTheOtherVariables() {
        JsonObject sent = json("{\"query\": \"q\", \"operationName\": \"A\", \"variables\": {\"unit\": \"MH-SCT\", \"after\": null}}");
        JsonObject again = json(new String(ExportServlet.withAfter(sent, "abc"), StandardCharsets.UTF_8));
        assertThat(again.getString("query")).isEqualTo("q");
        assertThat(again.getString("operationName")).isEqualTo("A");
        assertThat(again.getJsonObject("variables")).isEqualTo(json("{\"unit\": \"MH-SCT\", \"after\": \"abc\"}"));
        assertThat(json(new String(ExportServlet.withAfter(json("{\"query\": \"q\"}"), "abc"), StandardCharsets.UTF_8))
                .getJsonObject("variables").getString("after")).isEqualTo("abc");
    }
}
