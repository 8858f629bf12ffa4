package vn.cchc.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListTableTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void shouldTakeTheNodesOfAConnectionWithColumnsNamedByPath() {
        ListTable table = ListTable.ofFirstList(json("""
                {"units": {"totalCount": 2, "nodes": [
                  {"code": "NA-SKHCN", "parent": {"code": "NA-UBND", "kind": "PEOPLES_COMMITTEE"}, "generated": false},
                  {"code": "MH-SNV", "parent": {"code": "MH-UBND", "kind": "PEOPLES_COMMITTEE"}, "generated": true}]}}""")).orElseThrow();
        assertThat(table.columns()).containsExactly("code", "parent.code", "parent.kind", "generated");
        assertThat(table.rows()).containsExactly(
                List.of("NA-SKHCN", "NA-UBND", "PEOPLES_COMMITTEE", false),
                List.of("MH-SNV", "MH-UBND", "PEOPLES_COMMITTEE", true));
    }

    @Test
    void shouldTakeThePlainListThatComesFirstInFieldOrder() {
        ListTable table = ListTable.ofFirstList(json("""
                {"unit": null, "dossierStatistics": [{"received": 9, "onlineRate": {"percent": 44.44}}],
                 "units": {"nodes": [{"code": "X"}]}}""")).orElseThrow();
        assertThat(table.columns()).containsExactly("received", "onlineRate.percent");
        assertThat(table.rows()).containsExactly(List.of(9L, new BigDecimal("44.44")));
    }

    @Test
    void shouldFillTheFieldsOfAnObjectThatIsNullInSomeItemsWithEmptyCells() {
        ListTable table = ListTable.ofFirstList(json("""
                {"s": [{"unit": null, "received": 1}, {"unit": {"code": "A", "name": "Sở A"}, "received": 2}]}""")).orElseThrow();
        assertThat(table.columns()).containsExactly("unit.code", "unit.name", "received");
        assertThat(table.rows()).containsExactly(Arrays.asList(null, null, 1L), List.of("A", "Sở A", 2L));
    }

    @Test
    void shouldPutANestedListInOneCell() {
        ListTable table = ListTable.ofFirstList(json("""
                {"observations": {"nodes": [{"value": 4, "breakdown": [
                  {"dimension": "FIELD", "member": "NANG_LUONG"}, {"dimension": "DOSSIER_KIND", "member": "NEW"}],
                  "tags": ["a", "b"]}]}}""")).orElseThrow();
        assertThat(table.columns()).containsExactly("value", "breakdown", "tags");
        assertThat(table.rows()).containsExactly(List.of(4L, "FIELD NANG_LUONG; DOSSIER_KIND NEW", "a; b"));
    }

    @Test
    void shouldNameAListOfScalarsAfterItself() {
        ListTable table = ListTable.ofFirstList(json("{\"codes\": [\"A\", \"B\"]}")).orElseThrow();
        assertThat(table.columns()).containsExactly("codes");
        assertThat(table.rows()).containsExactly(List.of("A"), List.of("B"));
    }

    @Test
    void shouldFindNoListInAnAnswerWithoutOne() {
        assertThat(ListTable.ofFirstList(json("{\"unit\": {\"code\": \"NA\", \"parent\": null}}"))).isEmpty();
    }

    @Test
    void shouldGiveAnEmptyTableForAnEmptyList() {
        ListTable table = ListTable.ofFirstList(json("{\"units\": {\"nodes\": []}}")).orElseThrow();
        assertThat(table.columns()).isEmpty();
        assertThat(table.rows()).isEmpty();
    }
}
