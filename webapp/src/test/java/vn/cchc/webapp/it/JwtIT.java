package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Production authentication: MicroProfile JWT. The test run makes an RSA key pair ({@link TestKeys}), the server trusts
 * its public key (the file mp.jwt.verify.publickey.location names), and the test signs its own tokens: the groups claim
 * gives the roles, the unit claim the reporter's unit.
 */
class JwtIT extends DeployedApplication {

    private static final String ISSUER = System.getProperty("cchc.it.jwt.issuer", "https://cchc-it.test/issuer");
    private static final KeyPair TRUSTED = TestKeys.trusted();

    /** A signed RS256 token for {@code user} with these groups and unit, issued by {@code issuer}, valid until {@code expires}. */
    private static String token(PrivateKey key, String issuer, String user, List<String> groups, String unit, Instant expires) {
        JsonArrayBuilder groupArray = Json.createArrayBuilder();
        groups.forEach(groupArray::add);
        Instant now = Instant.now();
        JsonObject claims = Json.createObjectBuilder().add("iss", issuer).add("sub", user).add("upn", user)
                .add("jti", UUID.randomUUID().toString()).add("iat", now.getEpochSecond()).add("exp", expires.getEpochSecond())
                .add("groups", groupArray).add("unit", unit).build();
        String signedPart = base64Url("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + base64Url(claims.toString());
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key);
            rs256.update(signedPart.getBytes(StandardCharsets.US_ASCII));
            return "Bearer " + signedPart + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private GraphQLClient bearer(String user, List<String> groups, String unit) {
        return client.withAuthorization(token(TRUSTED.getPrivate(), ISSUER, user, groups, unit, Instant.now().plusSeconds(600)));
    }

    @Test
    void shouldTakeTheRolesAndTheReportersUnitFromTheToken() {
        String user = "nguyen.van.b@skhcn.nghean.gov.vn";
        GraphQLClient reporter = bearer(user, List.of("reporter"), "NA-SKHCN");
        JsonObject created = Writes.draft(reporter, "NA-SKHCN-MC", 2024, 1, "Báo cáo quý I năm 2024 của Bộ phận một cửa");
        String id = created.getJsonObject("report").getString("id");
        JsonObject entry = client.as(GraphQLClient.ADMIN).data("""
                { auditTrail(filter: {entityType: {eq: "Report"}, entityId: {eq: "%s"}}) { nodes { actor action } } }""".formatted(id))
                .getJsonObject("auditTrail").getJsonArray("nodes").getJsonObject(0);
        assertThat(entry.getString("actor")).isEqualTo(user);
        assertThat(entry.getString("action")).isEqualTo("createReport");
        assertThat(Writes.refused(reporter, "createReport", "CreateReportInput", """
                {"unitCode": "NA-SNV", "period": {"type": "QUARTER", "year": 2024, "number": 1}, "title": "Hộ"}"""))
                .extracting(Writes::code).containsExactly("FORBIDDEN");

        GraphQLClient analyst = bearer("analyst@nghean.gov.vn", List.of("analyst"), "");
        assertThat(analyst.data("{ units(first: 1) { totalCount } }").getJsonObject("units").getInt("totalCount")).isPositive();
        assertThat(Writes.refused(analyst, "submitReport", "SubmitReportInput", Writes.of(created, "")))
                .extracting(Writes::code).containsExactly("FORBIDDEN");
        GraphQLClient nobody = bearer("guest@nghean.gov.vn", List.of("guest"), "");
        assertThat(nobody.post("{ units { totalCount } }").getJsonArray("errors").getJsonObject(0)
                .getJsonObject("extensions").getString("code")).as("a token without a role").isEqualTo("FORBIDDEN");
    }

    @Test
    void shouldRefuseATokenSignedByAnotherKeyExpiredOrFromAnotherIssuer() {
        String query = "{\"query\": \"{ units { totalCount } }\"}";
        String foreignKey = token(TestKeys.newPair().getPrivate(), ISSUER, "x", List.of("admin"), "", Instant.now().plusSeconds(600));
        String expired = token(TRUSTED.getPrivate(), ISSUER, "x", List.of("admin"), "", Instant.now().minusSeconds(3600));
        String otherIssuer = token(TRUSTED.getPrivate(), "https://elsewhere.test", "x", List.of("admin"), "", Instant.now().plusSeconds(600));
        for (String header : List.of(foreignKey, expired, otherIssuer)) {
            assertThat(client.withAuthorization(header).postRaw(query).statusCode()).isEqualTo(401);
        }
        assertThat(bearer("admin@nghean.gov.vn", List.of("admin"), "").postRaw(query).statusCode()).isEqualTo(200);
    }
}
