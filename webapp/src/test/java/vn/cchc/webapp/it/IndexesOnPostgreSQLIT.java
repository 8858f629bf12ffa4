package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.domain.shared.SearchText;

/**
 * The indexes PostgreSQL needs and Derby makes or does without (run in the PostgreSQL pass only): one for every foreign
 * key (migration V5; Derby makes them by itself), and a trigram index on the folded SEARCH_TEXT of every searchable
 * table (migration V3), which serves the repositories' {@code LIKE '%words%'} that no B-tree index can.
 */
class IndexesOnPostgreSQLIT extends DeployedApplication {

    @Test
    void shouldHaveAnIndexBeginningWithTheColumnsOfEveryForeignKey() throws SQLException {
        List<String> unindexed = new ArrayList<>();
        int foreignKeys;
        try (Connection db = TestCluster.connect(); Statement sql = db.createStatement()) {
            try (ResultSet count = sql.executeQuery("SELECT COUNT(*) FROM pg_constraint WHERE contype = 'f'"
                    + " AND connamespace = 'public'::regnamespace")) {
                count.next();
                foreignKeys = count.getInt(1);
            }
            try (ResultSet rows = sql.executeQuery("SELECT c.conrelid::regclass::text || ' ' || c.conkey::text FROM pg_constraint c"
                    + " WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace AND NOT EXISTS (SELECT 1 FROM pg_index i"
                    + " WHERE i.indrelid = c.conrelid AND (string_to_array(i.indkey::text, ' ')::int2[])[1:cardinality(c.conkey)]"
                    + " @> c.conkey AND (string_to_array(i.indkey::text, ' ')::int2[])[1:cardinality(c.conkey)] <@ c.conkey)"
                    + " ORDER BY 1")) {
                while (rows.next()) {
                    unindexed.add(rows.getString(1));
                }
            }
        }
        assertThat(foreignKeys).as("the schema's foreign keys").isGreaterThan(30);
        assertThat(unindexed).as("foreign keys (table, column numbers) without an index beginning with their columns").isEmpty();
    }

    @Test
    void shouldHaveATrigramIndexOnTheSearchTextOfEverySearchableTable() throws SQLException {
        List<String> searchable = new ArrayList<>();
        List<String> indexed = new ArrayList<>();
        try (Connection db = TestCluster.connect(); Statement sql = db.createStatement()) {
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
        try (Connection db = TestCluster.connect()) {
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
