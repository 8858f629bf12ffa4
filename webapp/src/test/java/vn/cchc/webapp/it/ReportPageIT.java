package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The quarterly report page in Chromium: the seed report (submitted, so read after signing in as the analyst through the
 * page's box) rendered from data and its print layout; an approved generated report, which anyone may read; what an
 * anonymous visitor is told about a report not yet approved.
 */
class ReportPageIT extends BrowserPage {

    private String reportId(String unitCode, int year, int quarter) {
        return client.data("""
                { reports(filter: {unit: {code: {eq: "%s"}}, period: {type: {eq: QUARTER}, year: {eq: %d}, number: {eq: %d}}}) { nodes { id } } }""".formatted(unitCode, year, quarter))
                .getJsonObject("reports").getJsonArray("nodes").getJsonObject(0).getString("id");
    }

    /** A report anyone may read, once shown. */
    private void openReport(String id) {
        browser.open(URI.create(base + "report.html?id=" + id));
        browser.find("#report .title");
    }

    /** A report only signed-in users read: the page asks to sign in, the analyst does so in its box, it shows. */
    private void openReportSignedIn(String id) {
        browser.open(URI.create(base + "report.html?id=" + id));
        browser.find("#status.sign-in");
        browser.signIn(GraphQLClient.ANALYST);
        browser.find("#report .title");
    }

    @Test
    void shouldAskAnAnonymousVisitorToSignInForAReportNotYetApproved() {
        String id = reportId("NA-SKHCN", 2022, 1);
        JsonObject report = client.data("{ report(id: \"" + id + "\") { title status } }").getJsonObject("report");
        assertThat(report.getString("status")).isEqualTo("SUBMITTED");
        assertThat(client.anonymous().data("{ report(id: \"" + id + "\") { title } }").isNull("report"))
                .as("the API keeps a submitted report from anonymous callers").isTrue();

        browser.open(URI.create(base + "report.html?id=" + id));
        browser.find("#language-vi").click();
        assertThat(browser.find("#status.sign-in").getText())
                .isEqualTo("Báo cáo này chưa được phê duyệt để công bố, hoặc không tồn tại. Vui lòng đăng nhập để đọc báo cáo.");
        assertThat(browser.all("#report .title")).isEmpty();
        assertThat(browser.clickAndAwaitNewText("#language-en", "#status.sign-in"))
                .isEqualTo("This report is not approved for the public, or does not exist. Please sign in to read it.");
        browser.screenshot("report-anonymous");

        browser.signIn(GraphQLClient.ANALYST);
        assertThat(browser.find("#report .title .subject").getText()).isEqualTo(report.getString("title"));
        assertThat(browser.find("#status").getText()).isEmpty();
        browser.find("#language-vi").click();
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** Every non-empty line of the original text is in the rendered page, whitespace aside (** marks the bold title). */
    @Test
    void shouldCarryEveryLineOfTheSeedReport() throws IOException {
        openReportSignedIn(reportId("NA-SKHCN", 2022, 1));
        String page = normalised(browser.find("#report").getText());
        List<String> missing = new ArrayList<>();
        for (String line : seedLines()) {
            String fact = normalised(line.replace("**", ""));
            if (!fact.isEmpty() && !page.contains(fact)) {
                missing.add(fact);
            }
        }
        assertThat(missing).as("lines of the original report missing from the page").isEmpty();
        assertThat(browser.find("#report .heading .authority").getText()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN");
        assertThat(browser.find("#report .heading .unit").getText()).isEqualTo("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
        assertThat(browser.all("#report .generated")).isEmpty();
        browser.screenshot("report-seed");
    }

    private static List<String> seedLines() throws IOException {
        try (InputStream in = ReportPageIT.class.getResourceAsStream("/seed/bao-cao-cchc-quy-I-2022-so-khcn-nghe-an.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    @Test
    void shouldPrintTheDocumentAloneOnA4() throws IOException {
        openReportSignedIn(reportId("NA-SKHCN", 2022, 1));
        assertThat(browser.script("""
                return [...document.styleSheets].flatMap(s => [...s.cssRules])
                    .filter(r => r instanceof CSSPageRule).map(r => r.style.getPropertyValue('size')).join()""")).asString().isEqualToIgnoringCase("A4");
        browser.devTools("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(browser.script("return getComputedStyle(document.querySelector('.app-bar')).display")).isEqualTo("none");
            assertThat(browser.script("return getComputedStyle(document.getElementById('print')).display")).isEqualTo("none");
        } finally {
            browser.devTools("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        Map<String, Object> printed = browser.devTools("Page.printToPDF", Map.of("preferCSSPageSize", true));
        byte[] pdf = Base64.getDecoder().decode((String) printed.get("data"));
        Path folder = Files.createDirectories(Path.of(System.getProperty("cchc.screenshots", "target/screenshots")));
        Files.write(folder.resolve("report-seed.pdf"), pdf);
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("%PDF");
        // A4 is 595.28 x 841.89 points; Chromium rounds each page's MediaBox to its own pixel grid
        assertThat(text).containsPattern("/MediaBox \\[0 0 59[4-6](\\.\\d+)? 84[1-3](\\.\\d+)?\\]");
    }

    @Test
    void shouldLetAnyoneReadAnApprovedGeneratedReportLabelledAsSuch() {
        JsonObject report = client.anonymous().data("""
                { reports(filter: {unit: {code: {startsWith: "MH-"}}, status: {eq: APPROVED}}, first: 1) {
                    nodes { id title sections { number heading } } } }""")
                .getJsonObject("reports").getJsonArray("nodes").getJsonObject(0);
        openReport(report.getString("id"));
        assertThat(browser.all("#sign-in")).as("an anonymous visitor").isNotEmpty();
        assertThat(browser.find("#report .generated").getText()).contains("mô phỏng");
        assertThat(browser.find("#report .title .subject").getText()).isEqualTo(report.getString("title"));
        assertThat(browser.all("#report section.level-2 > h2")).extracting(h -> h.getText()).containsExactlyElementsOf(
                report.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                        .map(s -> s.getString("number") + ". " + s.getString("heading")).toList());
        browser.screenshot("report-generated");
    }

    @Test
    void shouldSayWhenThereIsNoSuchReport() {
        browser.open(URI.create(base + "report.html?id=999999"));
        browser.find("#language-vi").click();
        browser.find("#status.sign-in");
        browser.signIn(GraphQLClient.ANALYST);
        String status = browser.await(d -> browser.find("#status").getText().isEmpty() ? null : browser.find("#status").getText());
        assertThat(status).isEqualTo("Không tìm thấy báo cáo.");
    }
}
