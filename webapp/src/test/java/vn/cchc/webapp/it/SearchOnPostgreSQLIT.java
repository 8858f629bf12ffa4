package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import vn.cchc.domain.shared.SearchText;

/**
 * The text search on PostgreSQL (run in the PostgreSQL pass only): the folded SEARCH_TEXT of every searchable table has
 * a trigram index (migration V3), which serves the repositories' {@code LIKE '%words%'} that no B-tree index can.
 */
class SearchOnPostgreSQLIT extends DeployedApplication {

    private static Connection database() throws SQLException {
        String url = Objects.requireNonNull(System.getProperty("cchc.it.pg.url"), "no cchc.it.pg.url: this test is for"
                + " the PostgreSQL pass of the tests only (failsafe execution it-postgresql)");
        return DriverManager.getConnection(url, "cchc", "");
    }

    @Test
    void shouldHaveATrigramIndexOnTheSearchTextOfEverySearchableTable() throws SQLException {
        List<String> searchable = new ArrayList<>();
        List<String> indexed = new ArrayList<>();
        try (Connection db = database(); Statement sql = db.createStatement()) {
            try (ResultSet tables = sql.executeQuery("SELECT table_name FROM information_schema.columns"
                    + " WHERE table_schema = 'public' AND column_name = 'search_text' ORDER BY 1")) {
                while (tables.next()) {
                    searchable.add(tables.getString(1));
                }
            }
            try (ResultSet indexes = sql.executeQuery("SELECT tablename FROM pg_indexes WHERE schemaname = 'public'"
                    + " AND indexdef LIKE '%USING gin (search_text gin_trgm_ops)%' ORDER BY 1")) {
                while (indexes.next()) {
                    indexed.add(indexes.getString(1));
                }
            }
        }
        assertThat(searchable).as("the tables with a folded search text").hasSize(5);
        assertThat(indexed).isEqualTo(searchable);
    }

    @Test
    void shouldAnswerTheSearchFromTheIndexWithTheUnitsTheApiFinds() throws SQLException {
        String words = "khoa học";
        List<String> api = new ArrayList<>();
        JsonObject units = client.data("{ units(first: 100, filter: {search: \"" + words + "\"}) { nodes { code } } }")
                .getJsonObject("units");
        for (JsonValue node : units.getJsonArray("nodes")) {
            api.add(node.asJsonObject().getString("code"));
        }
        assertThat(api).as("the sample's Sở Khoa học và Công nghệ and its units").isNotEmpty();

        // the condition as the repositories write it (Where: LIKE with an escape character), words folded as the API folds them
        String condition = " FROM UNIT WHERE SEARCH_TEXT LIKE ? ESCAPE '\\'";
        String pattern = "%" + SearchText.fold(words) + "%";
        List<String> sql = new ArrayList<>();
        StringBuilder plan = new StringBuilder();
        try (Connection db = database()) {
            try (Statement session = db.createStatement()) {
                // the sample is too small for the planner to prefer an index: forbid the whole-table scan in this session
                session.execute("SET enable_seqscan = off");
            }
            try (PreparedStatement explain = db.prepareStatement("EXPLAIN SELECT CODE" + condition)) {
                explain.setString(1, pattern);
                try (ResultSet rows = explain.executeQuery()) {
                    while (rows.next()) {
                        plan.append(rows.getString(1)).append('\n');
                    }
                }
            }
            try (PreparedStatement select = db.prepareStatement("SELECT CODE" + condition + " ORDER BY CODE")) {
                select.setString(1, pattern);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        sql.add(rows.getString(1));
                    }
                }
            }
        }
        assertThat(plan.toString()).contains("Bitmap Index Scan on ix_unit_search").doesNotContain("Seq Scan");
        assertThat(api).containsExactlyInAnyOrderElementsOf(sql);
    }
}
