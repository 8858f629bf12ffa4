package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What the backup tests share: {@code POST /admin/backup} as a development user, and the facts of the Nghệ An sample
 * a restored database must hold, read by JDBC (the values are the report's, as SeedReportIT asks them through the API).
 */
final class Backups {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** The five plans of Sở Khoa học và Công nghệ Nghệ An: number, issue day, year, type. */
    static final List<String> PLANS = List.of(
            "56/SKHCN-VP 2022-01-26 2022 ADMINISTRATIVE_REFORM",
            "87/SKHCN-VP 2022-02-10 2022 PROCEDURE_CONTROL",
            "88/SKHCN-VP 2022-02-10 2022 COMMUNICATION",
            "156/SKHCN-VP 2022-02-25 2022 INSPECTION",
            "157/SKHCN-VP 2022-02-25 2022 COMMUNICATION");
    /** The decision the department drafted for the People's Committee: kind, issue day, issuer, drafter. */
    static final String DECISION = "DECISION 2022-01-05 Ủy ban nhân dân tỉnh Nghệ An NA-SKHCN";

    private Backups() {
    }

    /** Asks for a backup as {@code user} (null: anonymous). */
    static HttpResponse<String> request(URL base, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve("admin/backup"))
                .timeout(Duration.ofSeconds(120)).POST(HttpRequest.BodyPublishers.noBody());
        if (user != null) {
            request.header("Authorization", GraphQLClient.basic(user));
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("the server did not answer the backup", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The one error of a refused request: its code. */
    static String refusal(HttpResponse<String> response) {
        JsonObject body = GraphQLClient.json(response);
        assertThat(body.getJsonArray("errors")).hasSize(1);
        return body.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code");
    }

    /** The plans of NA-SKHCN as {@link #PLANS} writes them. */
    static List<String> plans(Connection connection) throws SQLException {
        return rows(connection, """
                SELECT d.NUMBER_PRINTED, d.ISSUED_ON, d.PLAN_YEAR, d.PLAN_TYPE FROM DOCUMENT d JOIN UNIT u ON u.ID = d.ISSUER_ID
                WHERE u.CODE = ? AND d.KIND = 'PLAN' ORDER BY d.ISSUED_ON, d.NUMBER_PRINTED""", "NA-SKHCN");
    }

    /** The decision 01/2022/QĐ-UBND as {@link #DECISION} writes it. */
    static List<String> decision(Connection connection) throws SQLException {
        return rows(connection, """
                SELECT d.KIND, d.ISSUED_ON, i.NAME, r.CODE FROM DOCUMENT d JOIN UNIT i ON i.ID = d.ISSUER_ID JOIN UNIT r ON r.ID = d.DRAFTER_ID
                WHERE d.NUMBER_PRINTED = ?""", "01/2022/QĐ-UBND");
    }

    /** The titles of the reports whose title starts so, in order. */
    static List<String> reportTitles(Connection connection, String start) throws SQLException {
        return rows(connection, "SELECT TITLE FROM REPORT WHERE TITLE LIKE ? ORDER BY TITLE", start + "%");
    }

    private static List<String> rows(Connection connection, String sql, String parameter) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        row.append(i == 1 ? "" : " ").append(result.getString(i));
                    }
                    rows.add(row.toString());
                }
            }
        }
        return rows;
    }
}
