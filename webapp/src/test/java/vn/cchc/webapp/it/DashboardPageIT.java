package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.cchc.webapp.it.Browser.valueOf;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The provincial dashboard in Chromium: what an anonymous visitor is told, then, signed in as the analyst through the
 * page's sign-in box, its numbers against the API's answers to the analyst for the same quarter, the ranking table and
 * its sorting, the language switch, the drill-down to a department and its report, a download, and how it asks: by GET
 * with the hashes of the documents the build registered.
 */
class DashboardPageIT extends BrowserPage {

    private static final String PROVINCE = "MH-TINH";
    /** Who signs in on the page, and whom the API is asked for the numbers the page must show. */
    private static final String USER = GraphQLClient.ANALYST;
    private GraphQLClient api() {
        return client.as(USER);
    }

    /** The dashboard for a province and quarter as an anonymous visitor, in a language, once it asks to sign in. */
    private WebElement openAnonymously(String province, String quarter, String language) {
        browser.open(URI.create(base + "?province=" + province + (quarter == null ? "" : "&quarter=" + quarter)));
        browser.find("#language-" + language).click();
        browser.await(d -> "true".equals(browser.find("#language-" + language).getAttribute("aria-pressed")));
        return browser.find("#status.sign-in");
    }

    /** The same, signed in through the page's box, once its figures are shown. */
    private void open(String province, String quarter, String language) {
        openAnonymously(province, quarter, language);
        browser.signIn(USER);
        browser.find("[data-figure='received']");
    }

    @Test
    void shouldAskAnAnonymousVisitorToSignInInsteadOfShowingFigures() {
        JsonObject refused = client.anonymous().post("{ units(filter: {kind: {eq: PROVINCE}}) { nodes { code } } }");
        assertThat(refused.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code"))
                .as("the API refuses the directory to anonymous callers").isEqualTo("UNAUTHENTICATED");

        WebElement message = openAnonymously(PROVINCE, "2024-Q3", "vi");
        assertThat(message.getText()).startsWith("Số liệu của bảng theo dõi chỉ dành cho người dùng đã đăng nhập")
                .doesNotContain("UNAUTHENTICATED");
        assertThat(browser.all("[data-figure]")).isEmpty();
        assertThat(browser.all("#department-table")).isEmpty();
        assertThat(browser.driver().findElement(By.cssSelector(".charts")).isDisplayed()).isFalse();
        assertThat(browser.driver().findElement(By.cssSelector(".controls")).isDisplayed()).isFalse();
        browser.screenshot("dashboard-anonymous");
        assertThat(browser.clickAndAwaitNewText("#language-en", "#status.sign-in"))
                .startsWith("The dashboard's figures are for signed-in users");

        browser.signIn(USER);
        assertThat(valueOf(figure("received"))).isNotEmpty();
        assertThat(browser.find("#quarter").getAttribute("value")).as("the quarter the address named").isEqualTo("2024-Q3");
        assertThat(browser.find("#status").getText()).isEmpty();

        browser.find("#sign-out").click();
        assertThat(browser.find("#status.sign-in").getText()).startsWith("The dashboard's figures are for signed-in users");
        assertThat(browser.all("[data-figure]")).isEmpty();
        browser.find("#language-vi").click();
    }

    private static WebElement figure(String key) {
        return browser.find("[data-figure='" + key + "']");
    }

    private static double number(JsonValue value) {
        return ((JsonNumber) value).doubleValue();
    }

    @Test
    void shouldShowTheApisFiguresForTheQuarterWithTheChangeFromThePreviousOne() {
        open(PROVINCE, "2024-Q3", "vi");
        List<JsonObject> statistics = api().data("""
                { dossierStatistics(period: {type: QUARTER, year: 2024, number: 2}, through: {type: QUARTER, year: 2024, number: 3},
                    groupBy: [QUARTER], filter: {unit: {within: "MH-TINH"}}) {
                  received onlineRate { percent } onTimeRate { percent } lateRate { numerator } } }""")
                .getJsonArray("dossierStatistics").getValuesAs(JsonObject.class);
        JsonObject before = statistics.get(0);
        JsonObject now = statistics.get(1);
        assertThat(now.getInt("received")).as("a quarter with dossiers").isPositive();

        assertThat(valueOf(figure("received"))).isEqualTo(String.valueOf(now.getInt("received")));
        assertThat(figure("received").getAttribute("data-change"))
                .isEqualTo(String.valueOf(now.getInt("received") - before.getInt("received")));
        assertThat(figure("received").findElement(By.className("value")).getText().replaceAll("\\D", ""))
                .isEqualTo(String.valueOf(now.getInt("received")));
        assertThat(Double.parseDouble(valueOf(figure("onlineRate"))))
                .isCloseTo(number(now.getJsonObject("onlineRate").get("percent")), within(1e-9));
        assertThat(Double.parseDouble(figure("onTimeRate").getAttribute("data-change"))).isCloseTo(
                number(now.getJsonObject("onTimeRate").get("percent")) - number(before.getJsonObject("onTimeRate").get("percent")),
                within(1e-9));
        assertThat(valueOf(figure("late"))).isEqualTo(String.valueOf(now.getJsonObject("lateRate").getInt("numerator")));

        Map<String, Integer> levels = onlineProcedures("2024-09-30");
        Map<String, Integer> previousLevels = onlineProcedures("2024-06-30");
        assertThat(levels.get("FULL") + levels.get("PARTIAL")).as("procedures online in the province").isPositive();
        assertThat(valueOf(figure("proceduresFull"))).isEqualTo(String.valueOf(levels.get("FULL")));
        assertThat(valueOf(figure("proceduresPartial"))).isEqualTo(String.valueOf(levels.get("PARTIAL")));
        assertThat(figure("proceduresFull").getAttribute("data-change"))
                .isEqualTo(String.valueOf(levels.get("FULL") - previousLevels.get("FULL")));

        JsonObject reported = api().data("""
                { observationSeries(indicatorCode: "DOSSIERS_RECEIVED", units: {code: {eq: "MH-TINH"}}, rollUp: true,
                    from: {type: QUARTER, year: 2024, number: 3}) { points { value { value } changeFromPrevious } } }""")
                .getJsonArray("observationSeries").getJsonObject(0).getJsonArray("points").getJsonObject(0);
        assertThat(Double.parseDouble(valueOf(figure("reportedReceived")))).isEqualTo(number(reported.getJsonObject("value").get("value")));
        assertThat(Double.parseDouble(figure("reportedReceived").getAttribute("data-change")))
                .isEqualTo(number(reported.get("changeFromPrevious")));

        assertThat(browser.find("#generated").getText()).contains("Dữ liệu mô phỏng");
        browser.screenshot("dashboard-vi");
    }

    /**
     * The procedures of the province's departments, every page of them, each with its online level on the day as the
     * API answers it (the page must show what the API defines, not a rule of its own).
     */
    private List<JsonObject> provinceProcedures(String day) {
        List<JsonObject> procedures = api().allNodes("""
                query($after: String) { procedures(filter: {competentUnit: {within: "MH-TINH", kind: {eq: DEPARTMENT}}}, first: 100, after: $after) {
                    pageInfo { hasNextPage endCursor } nodes { competentUnit { code } onlineServiceOn(days: ["%s"]) { day onlineService } } } }"""
                        .formatted(day), "procedures");
        assertThat(procedures).as("more than a page: the page must read them all").hasSizeGreaterThan(100);
        return procedures;
    }

    private Map<String, Integer> onlineProcedures(String day) {
        return onlineProcedures(provinceProcedures(day));
    }

    /** How many of the procedures the API put at each level on the one day it was asked. */
    private static Map<String, Integer> onlineProcedures(List<JsonObject> procedures) {
        Map<String, Integer> counts = new HashMap<>(Map.of("FULL", 0, "PARTIAL", 0, "NONE", 0));
        procedures.forEach(p -> {
            JsonObject on = p.getJsonArray("onlineServiceOn").getJsonObject(0);
            if (!on.isNull("onlineService")) {
                counts.merge(on.getString("onlineService"), 1, Integer::sum);
            }
        });
        return counts;
    }

    @Test
    void shouldRankTheDepartmentsAsTheApiDoesAndSortByAnyColumn() {
        open(PROVINCE, "2024-Q3", "vi");
        JsonObject data = api().data("""
                { ranking(period: {type: QUARTER, year: 2024, number: 3}, units: {kind: {eq: DEPARTMENT}, within: "MH-TINH"},
                    dossierRate: ON_TIME) { entries { rank unit { code } } }
                  dossierStatistics(period: {type: QUARTER, year: 2024, number: 3}, groupBy: [UNIT_SUBTREE],
                    filter: {unit: {within: "MH-TINH"}}, subtrees: {within: "MH-TINH", kind: {eq: DEPARTMENT}}) { subtree { code } received } }""");
        Map<String, String> ranks = new HashMap<>();
        data.getJsonObject("ranking").getJsonArray("entries").getValuesAs(JsonObject.class)
                .forEach(e -> ranks.put(e.getJsonObject("unit").getString("code"), e.isNull("rank") ? "" : String.valueOf(e.getInt("rank"))));
        Map<String, String> received = new HashMap<>();
        data.getJsonArray("dossierStatistics").getValuesAs(JsonObject.class)
                .forEach(s -> received.put(s.getJsonObject("subtree").getString("code"), String.valueOf(s.getInt("received"))));

        Map<String, List<JsonObject>> procedures = provinceProcedures("2024-09-30").stream()
                .collect(Collectors.groupingBy(p -> p.getJsonObject("competentUnit").getString("code")));

        List<WebElement> rows = browser.all("#department-table tbody tr[data-row]");
        assertThat(rows).hasSize(ranks.size()).hasSize(20);
        for (WebElement row : rows) {
            String code = row.getAttribute("data-row");
            assertThat(valueOf(row.findElement(By.cssSelector("td[data-key='rank']")))).as(code).isEqualTo(ranks.get(code));
            assertThat(valueOf(row.findElement(By.cssSelector("td[data-key='received']")))).as(code)
                    .isEqualTo(received.getOrDefault(code, ""));
            Map<String, Integer> levels = onlineProcedures(procedures.getOrDefault(code, List.of()));
            assertThat(valueOf(row.findElement(By.cssSelector("td[data-key='full']")))).as(code)
                    .isEqualTo(String.valueOf(levels.get("FULL")));
            assertThat(valueOf(row.findElement(By.cssSelector("td[data-key='partial']")))).as(code)
                    .isEqualTo(String.valueOf(levels.get("PARTIAL")));
        }
        assertThat(columnValues("rank")).isSortedAccordingTo(Integer::compare);

        browser.find("#department-table th[data-key='received'] button").click();
        assertThat(columnValues("received")).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        browser.find("#department-table th[data-key='received'] button").click();
        assertThat(columnValues("received")).isSortedAccordingTo(Integer::compare);
    }

    private static List<Integer> columnValues(String key) {
        return browser.all("#department-table tbody td[data-key='" + key + "']").stream()
                .map(Browser::valueOf).filter(v -> !v.isEmpty()).map(Integer::valueOf).toList();
    }

    @Test
    void shouldSwitchToEnglishAndRememberTheChoice() {
        open(PROVINCE, "2024-Q3", "vi");
        assertThat(browser.find("h1").getText()).isEqualTo("Cải cách hành chính cấp tỉnh");
        assertThat(figure("received").getText()).contains("Hồ sơ tiếp nhận");
        browser.find("#language-en").click();
        assertThat(browser.find("h1").getText()).isEqualTo("Provincial administrative reform");
        assertThat(figure("received").getText()).contains("Dossiers received");
        assertThat(browser.find("#generated").getText()).contains("Simulated data");

        browser.driver().navigate().refresh();
        browser.find("[data-figure='received']");
        assertThat(browser.find("h1").getText()).isEqualTo("Provincial administrative reform");
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("en");
        browser.screenshot("dashboard-en");
        browser.find("#language-vi").click();
    }

    @Test
    void shouldShowNgheAnAsReportedAndUnlabelled() {
        // the page opens on the latest quarter with figures reported or dossiers received, as the API answers them (tests
        // that write reports or import dossiers move it); the seed report's quarter shows the seed's figures
        JsonObject data = api().data("""
                { observationSeries(indicatorCode: "DOSSIERS_RECEIVED", units: {code: {eq: "NA"}}, rollUp: true,
                    from: {type: QUARTER, year: 2022, number: 1}, to: {type: QUARTER, year: %1$d, number: 4}) {
                    points { period { year quarter } value { value } } }
                  dossierStatistics(period: {type: QUARTER, year: 2022, number: 1}, through: {type: QUARTER, year: %1$d, number: 4},
                    groupBy: [QUARTER], filter: {unit: {within: "NA"}}) { period { year quarter } received } }"""
                .formatted(java.time.Year.now().getValue()));
        java.util.stream.Stream<JsonObject> reported = data.getJsonArray("observationSeries").getJsonObject(0).getJsonArray("points")
                .getValuesAs(JsonObject.class).stream().filter(p -> !p.isNull("value")).map(p -> p.getJsonObject("period"));
        java.util.stream.Stream<JsonObject> received = data.getJsonArray("dossierStatistics").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getInt("received") > 0).map(s -> s.getJsonObject("period"));
        JsonObject latest = java.util.stream.Stream.concat(reported, received)
                .max(java.util.Comparator.comparingInt(p -> p.getInt("year") * 4 + p.getInt("quarter"))).orElseThrow();
        open("NA", null, "vi");
        assertThat(browser.find("#quarter").getAttribute("value")).as("the latest quarter with figures")
                .isEqualTo(latest.getInt("year") + "-Q" + latest.getInt("quarter"));

        browser.forgetSignIn();
        open("NA", "2022-Q1", "vi");
        assertThat(browser.find("#quarter").getAttribute("value")).isEqualTo("2022-Q1");
        assertThat(valueOf(figure("reportedReceived"))).isEqualTo("9");
        assertThat(figure("reportedOnline").getText()).contains("(4/9)");
        assertThat(browser.driver().findElement(By.id("generated")).isDisplayed()).isFalse();
    }

    @Test
    void shouldDrillDownFromADepartmentToItsListsAndOpenItsReport() {
        open(PROVINCE, "2024-Q3", "vi");
        JsonObject unit = api().data("""
                { units(filter: {within: "MH-TINH", kind: {eq: DEPARTMENT}}, first: 1) { nodes { code name
                    procedures { totalCount }
                    reports(first: 100) { nodes { id title period { year quarter } } } } } }""")
                .getJsonObject("units").getJsonArray("nodes").getJsonObject(0);
        String code = unit.getString("code");
        browser.find("#department-table button[data-unit='" + code + "']").click();
        assertThat(browser.find("#drill-title").getText()).isEqualTo(unit.getString("name"));

        assertThat(browser.all("#table-procedures tbody tr[data-row]"))
                .hasSize(unit.getJsonObject("procedures").getInt("totalCount")).isNotEmpty();
        int fields = api().data("""
                { dossierStatistics(period: {type: QUARTER, year: 2024, number: 3}, groupBy: [FIELD], filter: {unit: {within: "%s"}}) {
                    field { code } } }""".formatted(code)).getJsonArray("dossierStatistics").size();
        assertThat(browser.all("#table-byField tbody tr[data-row]")).hasSize(fields);
        int observations = api().data("""
                { observations(filter: {unit: {code: {eq: "%s"}}, period: {type: {eq: QUARTER}, year: {eq: 2024}, number: {eq: 3}}, totalOnly: true}, first: 100) { nodes { id } } }"""
                .formatted(code)).getJsonObject("observations").getJsonArray("nodes").size();
        assertThat(browser.all("#table-observations tbody tr[data-row]")).hasSize(observations).isNotEmpty();
        List<JsonObject> reports = unit.getJsonObject("reports").getJsonArray("nodes").getValuesAs(JsonObject.class);
        assertThat(browser.all("#table-reports a.report-link")).hasSize(reports.size());
        browser.screenshot("dashboard-drill-down");

        JsonObject report = reports.stream().filter(r -> r.getJsonObject("period").getInt("year") == 2024
                && r.getJsonObject("period").getInt("quarter") == 3).findFirst().orElseThrow();
        browser.find("#table-reports a.report-link[href$='id=" + report.getString("id") + "']").click();
        assertThat(browser.find("#report .title .subject").getText()).isEqualTo(report.getString("title"));
    }

    @Test
    void shouldCountTheDossiersOfTheReportingPeriodWhenAskedAndTheCalendarQuarterOtherwise() {
        String received = """
                { dossierStatistics(period: {type: QUARTER, year: 2024, number: 3}, groupBy: [], filter: {unit: {within: "MH-TINH"}},
                    window: %s) { received } }""";
        int calendar = api().data(received.formatted("CALENDAR")).getJsonArray("dossierStatistics").getJsonObject(0).getInt("received");
        int reporting = api().data(received.formatted("REPORTING")).getJsonArray("dossierStatistics").getJsonObject(0).getInt("received");
        assertThat(reporting).as("15/6 to 14/9 is not July to September").isNotEqualTo(calendar);

        open(PROVINCE, "2024-Q3&window=REPORTING", "vi");
        assertThat(browser.find("#window").getAttribute("value")).isEqualTo("REPORTING");
        assertThat(valueOf(figure("received"))).isEqualTo(String.valueOf(reporting));
        new org.openqa.selenium.support.ui.Select(browser.find("#window")).selectByValue("CALENDAR");
        browser.await(d -> {
            try {
                return String.valueOf(calendar).equals(valueOf(figure("received")));
            } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                return false; // the figures were drawn again between finding and reading: look again
            }
        });
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("window=");
    }

    @Test
    void shouldShowTheQuartersDataQualityFindingsForTheProvinceAndEachDepartment() {
        vn.cchc.sampledata.demo.PlantedContradictions.Plant plant = vn.cchc.sampledata.demo.PlantedContradictions.ALL.get(0);
        String quarter = plant.period().year() + "-Q" + plant.period().number();
        List<JsonObject> found = api().data("""
                { dataFindings(filter: {unit: {within: "MH-TINH"}, period: {type: {eq: QUARTER}, year: {eq: %d}, number: {eq: %d}}}, first: 100) {
                    nodes { id unit { code } message } } }""".formatted(plant.period().year(), plant.period().number()))
                .getJsonObject("dataFindings").getJsonArray("nodes").getValuesAs(JsonObject.class);
        assertThat(found).as("the plant of %s", quarter).isNotEmpty();
        open(PROVINCE, quarter, "vi");

        assertThat(browser.all("#findings-table tbody tr[data-row]")).hasSize(found.size());
        assertThat(browser.find("#findings-table").getText()).contains(found.get(0).getString("message"));
        assertThat(browser.find("#findings-summary").getText()).startsWith("Lỗi: ");
        WebElement row = browser.find("#department-table tr[data-row='" + plant.unitCode() + "']");
        assertThat(valueOf(row.findElement(By.cssSelector("td[data-key='findings']"))))
                .isEqualTo(String.valueOf(found.stream().filter(f -> f.getJsonObject("unit").getString("code").equals(plant.unitCode())).count()));
        browser.screenshot("dashboard-findings");

        browser.find("#department-table button[data-unit='" + plant.unitCode() + "']").click();
        browser.find("#table-findings tbody tr[data-row]");
        assertThat(browser.all("#table-findings tbody tr[data-row]")).hasSize((int) found.stream()
                .filter(f -> f.getJsonObject("unit").getString("code").equals(plant.unitCode())).count());
    }

    /** The trusted documents the build put into the WAR (its WEB-INF, which the server does not serve), by hash. */
    private static Set<String> trustedHashes() throws IOException {
        try (ZipFile war = new ZipFile(System.getProperty("cchc.war", "target/cchc-monitor.war"));
             InputStream manifest = war.getInputStream(war.getEntry("WEB-INF/trusted-documents.json"))) {
            return Json.createReader(manifest).readObject().keySet();
        }
    }

    private static Map<String, String> parameters(String url) {
        String query = URI.create(url).getRawQuery();
        return query == null ? Map.of() : Arrays.stream(query.split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> URLDecoder.decode(p[0], StandardCharsets.UTF_8),
                        p -> p.length > 1 ? URLDecoder.decode(p[1], StandardCharsets.UTF_8) : ""));
    }

    /** The requests to the API since the n-th request of the browser. */
    private static List<Browser.Exchange> askedSince(int n) {
        List<Browser.Exchange> all = browser.exchanges();
        // a page's data: and blob: URLs have no path
        return all.subList(n, all.size()).stream().filter(e -> Objects.toString(URI.create(e.url).getPath(), "").endsWith("/graphql"))
                .toList();
    }

    private static final Predicate<Browser.Exchange> OVERVIEW = e -> "Overview".equals(parameters(e.url).get("operationName"));

    @Test
    void shouldAskByGetWithTheBuildsHashesAndRevalidateWithTheEntityTags() throws IOException {
        Set<String> trusted = trustedHashes();
        assertThat(trusted).as("the pages' documents").hasSizeGreaterThan(10);
        assertThat(client.get("WEB-INF/trusted-documents.json").statusCode()).as("served").isEqualTo(404);

        int before = browser.exchanges().size();
        open(PROVINCE, "2024-Q3", "vi");
        assertThat(valueOf(figure("received"))).isNotEmpty();
        List<Browser.Exchange> asked = askedSince(before);
        assertThat(asked).isNotEmpty().allSatisfy(e -> {
            assertThat(e.method).as(e.url).isEqualTo("GET");
            assertThat(e.body).as(e.url).isFalse();
            Map<String, String> parameters = parameters(e.url);
            assertThat(parameters).as(e.url).doesNotContainKey("query");
            String hash = Json.createReader(new StringReader(parameters.get("extensions"))).readObject()
                    .getJsonObject("persistedQuery").getString("sha256Hash");
            assertThat(hash).as(e.url).isIn(trusted);
        });
        assertThat(asked).filteredOn(OVERVIEW).as("signed in").isNotEmpty()
                .allSatisfy(e -> assertThat(e.headers).containsKey("Authorization"));

        // shown again: the browser kept the answers (Cache-Control: private, no-cache) and asks with their tags
        int shown = browser.exchanges().size();
        browser.driver().navigate().refresh();
        assertThat(valueOf(figure("received"))).isNotEmpty();
        assertThat(askedSince(shown)).filteredOn(OVERVIEW).isNotEmpty().allSatisfy(e -> {
            assertThat(e.headers).as(e.toString()).containsKeys("Authorization", "If-None-Match");
            assertThat(e.status).as(e.toString()).isEqualTo(304);
        });
    }

    @Test
    void shouldDownloadTheDepartmentsAsCsvWithItsButton() throws IOException {
        Path downloads = Files.createTempDirectory("cchc-downloads-");
        browser.devTools("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        open(PROVINCE, "2024-Q3", "vi");
        browser.find("#departments .download-csv").click();
        Path file = browser.await(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.toString().endsWith(".csv")).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
        assertThat(file.getFileName().toString()).isEqualTo("so-lieu-ho-so-MH-TINH-2024-Q3.csv");
        byte[] bytes = browser.await(d -> {
            try {
                byte[] content = Files.readAllBytes(file);
                return content.length > 0 ? content : null;
            } catch (IOException e) {
                return null;
            }
        });
        String csv = new String(bytes, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFsubtree.code,subtree.name,received,");
        assertThat(csv.split("\r\n")).hasSize(21);
    }
}
