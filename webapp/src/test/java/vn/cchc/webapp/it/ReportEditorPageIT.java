package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A quarter recorded through the pages alone, each step by the role that takes it: the reporter of NA-SKHCN starts its
 * Q2 2022 report from an empty draft, writes the heading, the outline (items added, moved, removed, a document cited)
 * and the figures (one refused, shown at its field, corrected), and submits it; Home Affairs returns it with a reason;
 * the reporter corrects and resubmits; Home Affairs approves; the dashboard then counts it. Each page's answer is
 * checked against the API. Then what no page may do: edit another unit's draft, overwrite someone else's change; and
 * the editor used from the keyboard alone. The other drafts here are of 2015, which no other test writes.
 */
class ReportEditorPageIT extends BrowserPage {

    private static final String REASON = "Số hồ sơ tiếp nhận chưa khớp với hệ thống một cửa";

    private void as(String user, String path) {
        browser.forgetSignIn();
        browser.open(URI.create(base + path));
        browser.find("#language-vi").click();
        browser.find("#status.sign-in");
        browser.signIn(user);
    }

    private JsonObject report(String id) {
        return client.as(GraphQLClient.ADMIN).data("""
                { report(id: "%s") { status version title number place dateLine issuedOn returnReason signer { name position }
                    recipients { text }
                    sections { number subsections { number items { text bullet documents { number } } } }
                    observations(first: 100) { nodes { indicator { code } breakdown { dimension member } value numerator denominator } } } }"""
                .formatted(id)).getJsonObject("report");
    }

    private static void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    private WebElement figureInput(String indicator, String part) {
        return browser.find("tr[data-indicator='" + indicator + "'][data-total='true'] input.figure-" + part);
    }

    /** Clicks a save button and gives what the page then says in its status. */
    private String saved(String button) {
        browser.script("document.getElementById('status').textContent = ''");
        browser.find(button).click();
        return browser.await(d -> {
            String status = browser.find("#status").getText();
            return status.isEmpty() ? null : status;
        });
    }

    /** Waits until the status badge shows the status (the page re-renders once the API answered). */
    private void awaitStatus(String badge, String status) {
        browser.await(d -> status.equals(browser.find(badge).getAttribute("data-status")) ? true : null);
    }

    private String reviewFigure(String reportId, String figure, String which) {
        return browser.find("#review-reports tr[data-report='" + reportId + "'] dd[data-figure='" + figure + "']").getAttribute("data-" + which);
    }

    @Test
    void shouldTakeTheQuarterFromAnEmptyDraftToApprovalThroughThePages() {
        // the reporter starts the quarter it has not reported
        as(GraphQLClient.REPORTER, "workspace/?year=2022");
        browser.find("#due tr[data-unit='NA-SKHCN'][data-period='2022-2'] button.start").click();
        browser.find("#heading-form");
        String id = browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        assertThat(report(id).getString("status")).isEqualTo("DRAFT");
        assertThat(browser.find("#heading-title").getAttribute("value")).isEqualTo("Công tác cải cách hành chính quý II năm 2022");

        // the heading
        type(browser.find("#heading-number"), "78/BC-SKHCN");
        type(browser.find("#heading-place"), "Nghệ An");
        type(browser.find("#heading-dateLine"), "ngày 20 tháng 6 năm 2022");
        browser.script("arguments[0].value = '2022-06-20'", browser.find("#heading-issuedOn"));
        type(browser.find("#heading-signer-name"), "Nguyễn Văn A");
        type(browser.find("#heading-signer-position"), "Giám đốc");
        type(browser.find("#heading-recipients"), "Sở Nội vụ;\nLưu: VT, VP");
        assertThat(saved("#save-heading")).isEqualTo("Đã lưu.");
        JsonObject heading = report(id);
        assertThat(heading.getString("number") + " " + heading.getString("place") + " " + heading.getString("issuedOn") + " "
                + heading.getJsonObject("signer").getString("name")).isEqualTo("78/BC-SKHCN Nghệ An 2022-06-20 Nguyễn Văn A");
        assertThat(heading.getJsonArray("recipients").getValuesAs(JsonObject.class)).extracting(r -> r.getString("text"))
                .containsExactly("Sở Nội vụ;", "Lưu: VT, VP");

        // the outline: the standard layout, items added in II.2, one moved up, one removed, a document cited
        assertThat(browser.find("#outline-template").isDisplayed()).isTrue();
        browser.find("#s1-1-add").click();
        type(browser.find("#s1-1-i0-text"), "Tiếp nhận hồ sơ qua Cổng dịch vụ công trực tuyến.");
        browser.find("#s1-1-add").click();
        type(browser.find("#s1-1-i1-text"), "Rà soát, công bố thủ tục hành chính theo Quyết định của UBND tỉnh.");
        browser.find("#s1-1-add").click();
        type(browser.find("#s1-1-i2-text"), "Đoạn sẽ bị xóa.");
        browser.find("#s1-1-i2-remove").click();
        browser.find("#s1-1-i1-up").click();
        browser.find("#s1-1-i0-cite").click();
        browser.find("#s1-1-i0-search").sendKeys("56/SKHCN-VP");
        browser.find("#s1-1-i0-results button[data-number='56/SKHCN-VP']").click();
        assertThat(browser.find("[data-item='1-1-0'] .cited li").getAttribute("data-document")).isEqualTo("56/SKHCN-VP");
        assertThat(saved("#save-outline")).isEqualTo("Đã lưu.");
        JsonObject area = report(id).getJsonArray("sections").getJsonObject(1).getJsonArray("subsections").getJsonObject(1);
        assertThat(area.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(i -> i.getString("text") + " " + i.getJsonArray("documents").getValuesAs(JsonObject.class).stream()
                        .map(d -> d.getString("number")).toList())
                .containsExactly("Rà soát, công bố thủ tục hành chính theo Quyết định của UBND tỉnh. [56/SKHCN-VP]",
                        "Tiếp nhận hồ sơ qua Cổng dịch vụ công trực tuyến. []");
        assertThat(report(id).getJsonArray("sections")).extracting(s -> s.asJsonObject().getString("number"))
                .containsExactly("I", "II", "III", "IV");

        // the figures: last quarter's beside them, one refused at its field, corrected, a breakdown by field
        JsonObject lastQuarter = client.as(GraphQLClient.REPORTER).data("""
                { observations(filter: {unit: {code: {eq: "NA-SKHCN"}}, indicator: {code: {eq: "DOSSIERS_RECEIVED"}}, totalOnly: true,
                    period: {type: {eq: QUARTER}, year: {eq: 2022}, number: {eq: 1}}}) { nodes { value } } }""")
                .getJsonObject("observations").getJsonArray("nodes").getJsonObject(0);
        assertThat(browser.find("tr[data-indicator='DOSSIERS_RECEIVED'][data-total='true'] td.last-period").getText())
                .isEqualTo(String.valueOf(lastQuarter.getJsonNumber("value").intValue()));
        type(figureInput("DOSSIERS_RECEIVED", "value"), "12");
        type(figureInput("DOSSIERS_ONLINE", "numerator"), "15");
        type(figureInput("DOSSIERS_ONLINE", "denominator"), "12");
        String refusal = Writes.refused(client.as(GraphQLClient.REPORTER), "recordObservations", "RecordObservationsInput",
                "{\"reportId\": \"" + id + "\", \"version\": " + report(id).getInt("version")
                        + ", \"observations\": [{\"indicatorCode\": \"DOSSIERS_ONLINE\", \"numerator\": 15, \"denominator\": 12}]}")
                .get(0).getString("message");
        // told at the field as the user types (the API checks the figures without recording them), and again on save
        browser.await(d -> "true".equals(figureInput("DOSSIERS_ONLINE", "numerator").getAttribute("aria-invalid")) ? true : null);
        WebElement online = figureInput("DOSSIERS_ONLINE", "numerator");
        assertThat(browser.find("#" + online.getAttribute("aria-describedby")).getText()).isEqualTo(refusal);
        assertThat(saved("#save-figures")).isEqualTo("Chưa lưu: vui lòng sửa các ô được đánh dấu.");
        assertThat(online.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#" + online.getAttribute("aria-describedby")).getText()).isEqualTo(refusal);
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).as("the focus on the field to correct")
                .isEqualTo(online.getAttribute("id"));
        browser.screenshot("editor-figure-refused");
        assertThat(report(id).getJsonObject("observations").getJsonArray("nodes")).as("nothing recorded").isEmpty();
        type(online, "7");
        browser.await(d -> figureInput("DOSSIERS_ONLINE", "numerator").getAttribute("aria-invalid") == null ? true : null);
        browser.find("tr[data-indicator='DOSSIERS_RECEIVED'] button.add-breakdown").click();
        Select field = new Select(browser.find("tr[data-indicator='DOSSIERS_RECEIVED'][data-total='false'] select.breakdown-field"));
        field.selectByIndex(1);
        String member = field.getFirstSelectedOption().getAttribute("value");
        browser.find("tr[data-indicator='DOSSIERS_RECEIVED'][data-total='false'] input.figure-value").sendKeys("5");
        assertThat(saved("#save-figures")).isEqualTo("Đã lưu.");
        assertThat(browser.all("[aria-invalid='true']")).isEmpty();
        assertThat(figures(id)).containsExactlyInAnyOrder("DOSSIERS_RECEIVED 12.0", "DOSSIERS_RECEIVED[FIELD=" + member + "] 5.0",
                "DOSSIERS_ONLINE 7/12");

        // the preview in the report page's layout, then submit
        assertThat(browser.find("#preview .title .subject").getText()).isEqualTo("Công tác cải cách hành chính quý II năm 2022");
        assertThat(browser.find("#preview").getText()).contains("Rà soát, công bố thủ tục hành chính", "Số: 78/BC-SKHCN");
        browser.screenshot("editor-draft");
        browser.assertAccessible("report editor");
        browser.find("#submit").click();
        awaitStatus("#report-status", "SUBMITTED");
        assertThat(browser.all("#heading-form, #submit")).as("a submitted report is not edited").isEmpty();
        assertThat(report(id).getString("status")).isEqualTo("SUBMITTED");

        // Home Affairs sees it beside last quarter and returns it with a reason
        as(GraphQLClient.HOME_AFFAIRS, "review/?province=NA&year=2022&quarter=2");
        assertThat(reviewFigure(id, "received", "current")).isEqualTo("12");
        assertThat(reviewFigure(id, "received", "previous")).isEqualTo(String.valueOf(lastQuarter.getJsonNumber("value").intValue()));
        assertThat(reviewFigure(id, "online", "current")).isEqualTo("7/12");
        assertThat(browser.all("#not-reported tr[data-unit='NA-SKHCN']")).as("it has reported").isEmpty();
        assertThat(browser.all("#not-reported tr[data-unit]")).extracting(r -> r.getAttribute("data-unit"))
                .containsExactlyElementsOf(client.as(GraphQLClient.HOME_AFFAIRS).data(
                        "{ reportsDue(units: {within: \"NA\"}, from: {type: QUARTER, year: 2022, number: 2}) { unit { code } } }").getJsonArray("reportsDue")
                        .getValuesAs(JsonObject.class).stream().map(d -> d.getJsonObject("unit").getString("code")).toList());
        // its findings, as the rules found them when it was sent: sent in 2026, long after the quarter's due day
        List<JsonObject> findings = client.as(GraphQLClient.HOME_AFFAIRS).data("""
                { dataFindings(filter: {unit: {code: {eq: "NA-SKHCN"}}, period: {year: {eq: 2022}, number: {eq: 2}}}) {
                    nodes { id rule { code } reportId message } } }""").getJsonObject("dataFindings").getJsonArray("nodes")
                .getValuesAs(JsonObject.class);
        assertThat(findings).extracting(f -> f.getJsonObject("rule").getString("code")).contains("REPORTED_AFTER_DUE");
        assertThat(browser.all("#review-reports tr[data-report='" + id + "'] li[data-finding]"))
                .extracting(li -> li.getAttribute("data-rule"))
                .containsExactlyInAnyOrderElementsOf(findings.stream().filter(f -> id.equals(f.getString("reportId")))
                        .map(f -> f.getJsonObject("rule").getString("code")).toList());
        browser.screenshot("review-submitted");
        browser.assertAccessible("review");
        String late = findings.stream().filter(f -> f.getJsonObject("rule").getString("code").equals("REPORTED_AFTER_DUE")).findFirst()
                .orElseThrow().getString("id");
        browser.find("li[data-finding='" + late + "'] input.finding-comment").sendKeys("Nhập lại báo cáo cũ vào hệ thống");
        browser.find("li[data-finding='" + late + "'] button.acknowledge").click();
        browser.await(d -> "ACKNOWLEDGED".equals(browser.find("li[data-finding='" + late + "']").getAttribute("data-status")));
        assertThat(client.as(GraphQLClient.HOME_AFFAIRS).data("{ dataFinding(id: \"" + late + "\") { status comment statusChangedBy } }")
                .getJsonObject("dataFinding").toString())
                .isEqualTo("{\"status\":\"ACKNOWLEDGED\",\"comment\":\"Nhập lại báo cáo cũ vào hệ thống\",\"statusChangedBy\":\"noivu\"}");
        browser.find("#review-reports tr[data-report='" + id + "'] button.return").click();
        browser.driver().switchTo().activeElement().sendKeys(REASON);
        browser.find("#review-reports tr[data-report='" + id + "'] button.confirm-return").click();
        awaitStatus("#review-reports tr[data-report='" + id + "'] .badge", "RETURNED");
        assertThat(browser.find("#not-reported tr[data-unit='NA-SKHCN']").getText()).as("owed again").contains("Bị trả lại");
        assertThat(report(id).getString("returnReason")).isEqualTo(REASON);

        // the reporter reads the reason, corrects the figure and sends it again
        as(GraphQLClient.REPORTER, "workspace/?year=2022");
        assertThat(browser.find("#reports tr[data-report='" + id + "'] .return-reason").getText()).contains(REASON);
        browser.find("#reports tr[data-report='" + id + "'] a.open").click();
        assertThat(browser.find("#return-reason").getText()).contains(REASON);
        type(figureInput("DOSSIERS_RECEIVED", "value"), "13");
        assertThat(saved("#save-figures")).isEqualTo("Đã lưu.");
        browser.find("#submit").click();
        awaitStatus("#report-status", "SUBMITTED");

        // Home Affairs approves
        as(GraphQLClient.HOME_AFFAIRS, "review/?province=NA&year=2022&quarter=2");
        assertThat(reviewFigure(id, "received", "current")).isEqualTo("13");
        browser.find("#review-reports tr[data-report='" + id + "'] button.approve").click();
        awaitStatus("#review-reports tr[data-report='" + id + "'] .badge", "APPROVED");
        assertThat(browser.all("#review-reports tr[data-report='" + id + "'] .actions button")).as("nothing more to decide").isEmpty();
        assertThat(browser.all("#review-reports tr[data-unit]")).as("the province's reports only")
                .allSatisfy(r -> assertThat(r.getAttribute("data-unit")).startsWith("NA-"));
        assertThat(browser.clickAndAwaitNewText("#language-en", "#title")).isEqualTo("Review the units' reports");
        assertThat(browser.find("#review-reports tr[data-report='" + id + "'] .badge").getText()).isEqualTo("Approved");
        browser.find("#language-vi").click();
        assertThat(report(id).getString("status")).isEqualTo("APPROVED");
        browser.find("#review-reports tr[data-report='" + id + "'] a.open-report").click();
        assertThat(browser.find("#report .title .subject").getText()).as("opened in the report layout")
                .isEqualTo("Công tác cải cách hành chính quý II năm 2022");

        // the dashboard counts it for the province, as the API does
        as(GraphQLClient.ANALYST, "?province=NA&quarter=2022-Q2");
        double province = client.as(GraphQLClient.ANALYST).data("""
                { observationSeries(indicatorCode: "DOSSIERS_RECEIVED", units: {code: {eq: "NA"}}, rollUp: true,
                    from: {type: QUARTER, year: 2022, number: 2}) { points { value { value } } } }""")
                .getJsonArray("observationSeries").getJsonObject(0).getJsonArray("points").getJsonObject(0)
                .getJsonObject("value").getJsonNumber("value").doubleValue();
        assertThat(province).isGreaterThanOrEqualTo(13);
        assertThat(Double.parseDouble(Browser.valueOf(browser.find("[data-figure='reportedReceived']")))).isEqualTo(province);

        // the analyst reads the approved report in the editor with no control that writes; the reporter may correct it
        browser.open(URI.create(base + "workspace/report.html?id=" + id));
        browser.find("#read-only");
        assertThat(browser.all("#heading-form, #outline-form, #figures-form, #submit, #revise")).isEmpty();
        as(GraphQLClient.REPORTER, "workspace/report.html?id=" + id);
        assertThat(browser.all("#heading-form, #submit")).isEmpty();
        type(browser.find("#revise-reason"), "Bổ sung số liệu hồ sơ trực tuyến");
        browser.find("#revise").click();
        browser.await(d -> d.getCurrentUrl().endsWith("id=" + id) ? null : true);
        String correction = browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        browser.find("#heading-form");
        assertThat(browser.find("#summary").getText()).contains("Lần sửa đổi 2");
        JsonObject revised = client.as(GraphQLClient.REPORTER).data("{ report(id: \"" + correction + "\") { status revision revises { id } } }")
                .getJsonObject("report");
        assertThat(revised.getString("status") + " " + revised.getInt("revision") + " " + revised.getJsonObject("revises").getString("id"))
                .isEqualTo("DRAFT 2 " + id);
    }

    private List<String> figures(String id) {
        List<String> figures = new ArrayList<>();
        for (JsonObject o : report(id).getJsonObject("observations").getJsonArray("nodes").getValuesAs(JsonObject.class)) {
            String breakdown = o.getJsonArray("breakdown").getValuesAs(JsonObject.class).stream()
                    .map(m -> m.getString("dimension") + "=" + m.getString("member")).reduce((a, b) -> a + "," + b).map(b -> "[" + b + "]").orElse("");
            figures.add(o.getJsonObject("indicator").getString("code") + breakdown + " "
                    + (o.isNull("numerator") ? String.valueOf(o.getJsonNumber("value").doubleValue()) : o.getInt("numerator") + "/" + o.getInt("denominator")));
        }
        return figures;
    }

    @Test
    void shouldNotOpenAnotherUnitsDraftForAReporter() {
        String foreign = Writes.draft(client.as(GraphQLClient.ADMIN), "NA-SNV", 2015, 1, "Công tác cải cách hành chính quý I năm 2015")
                .getJsonObject("report").getString("id");
        as(GraphQLClient.REPORTER, "workspace/report.html?id=" + foreign);
        String status = browser.await(d -> browser.find("#status").getText().isEmpty() ? null : browser.find("#status").getText());
        assertThat(status).isEqualTo("Không tìm thấy báo cáo.");
        assertThat(browser.all("#heading-form, #preview, #submit")).isEmpty();
    }

    @Test
    void shouldSayWhenSomeoneElseChangedTheReportAndNeverOverwriteIt() {
        GraphQLClient reporter = client.as(GraphQLClient.REPORTER);
        JsonObject draft = Writes.draft(reporter, "NA-SKHCN", 2015, 2, "Công tác cải cách hành chính quý II năm 2015");
        String id = draft.getJsonObject("report").getString("id");
        as(GraphQLClient.REPORTER, "workspace/report.html?id=" + id);
        browser.find("#heading-form");
        Writes.signed(reporter, draft, "Tiêu đề do đồng nghiệp sửa");
        type(browser.find("#heading-title"), "Tiêu đề nhập trên trang");
        browser.find("#save-heading").click();
        assertThat(browser.find("#conflict").getText()).contains("người khác thay đổi");
        assertThat(report(id).getString("title")).as("the other change stands").isEqualTo("Tiêu đề do đồng nghiệp sửa");
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("reload");
        browser.screenshot("editor-conflict");
        browser.find("#reload").click();
        browser.await(d -> "Tiêu đề do đồng nghiệp sửa".equals(browser.find("#heading-title").getAttribute("value")));
        assertThat(browser.find("#heading-signer-name").getAttribute("value")).isEqualTo("Nguyễn Văn A");
    }

    /** Tab from control to control: the ids in the order the focus visits them (a date input's parts count once). */
    private List<String> tabOrder(String from, int steps) {
        browser.find(from).click();
        List<String> order = new ArrayList<>(List.of(browser.driver().switchTo().activeElement().getAttribute("id")));
        for (int i = 0; i < steps; i++) {
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
            String now = browser.driver().switchTo().activeElement().getAttribute("id");
            if (!now.equals(order.get(order.size() - 1))) {
                order.add(now);
            }
        }
        return order;
    }

    @Test
    void shouldBeUsableFromTheKeyboardAlone() {
        JsonObject draft = Writes.draft(client.as(GraphQLClient.REPORTER), "NA-SKHCN", 2015, 3, "Công tác cải cách hành chính quý III năm 2015");
        String id = draft.getJsonObject("report").getString("id");
        as(GraphQLClient.REPORTER, "workspace/report.html?id=" + id);
        browser.find("#heading-form");
        assertThat(tabOrder("#heading-title", 12)).startsWith("heading-title", "heading-number", "heading-place", "heading-dateLine",
                "heading-issuedOn", "heading-signer-name", "heading-signer-position", "heading-recipients", "save-heading");
        for (WebElement control : browser.all("#heading-form input, #heading-form textarea")) {
            assertThat(control.findElement(By.xpath("ancestor::label")).getText()).as("label of %s", control.getAttribute("id")).isNotBlank();
        }

        WebElement title = browser.find("#heading-title");
        title.sendKeys(Keys.END, " (bàn phím)");
        browser.script("document.getElementById('status').textContent = ''");
        browser.find("#save-heading").sendKeys(Keys.ENTER);
        browser.await(d -> "Đã lưu.".equals(browser.find("#status").getText()));

        browser.find("#s0-add").sendKeys(Keys.ENTER);
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).as("the new paragraph takes the focus").isEqualTo("s0-i0-text");
        browser.driver().switchTo().activeElement().sendKeys("Đoạn thứ nhất.");
        browser.find("#s0-add").sendKeys(Keys.ENTER);
        browser.driver().switchTo().activeElement().sendKeys("Đoạn thứ hai.");
        browser.find("#s0-i1-up").sendKeys(Keys.ENTER);
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).as("the focus follows the moved paragraph")
                .isEqualTo("s0-i0-down");
        browser.script("document.getElementById('status').textContent = ''");
        browser.find("#save-outline").sendKeys(Keys.ENTER);
        browser.await(d -> "Đã lưu.".equals(browser.find("#status").getText()) ? true : null);
        JsonObject saved = client.as(GraphQLClient.ADMIN).data("{ report(id: \"" + id + "\") { title sections { items { text } } } }").getJsonObject("report");
        assertThat(saved.getString("title")).isEqualTo("Công tác cải cách hành chính quý III năm 2015 (bàn phím)");
        assertThat(saved.getJsonArray("sections").getJsonObject(0).getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(i -> i.getString("text")).containsExactly("Đoạn thứ hai.", "Đoạn thứ nhất.");
        browser.assertAccessible("report editor (keyboard)");
        assertThat(browser.clickAndAwaitNewText("#language-en", "#title")).isEqualTo("Write a report");
        assertThat(browser.find("#save-heading").getText()).isEqualTo("Save the heading");
        browser.find("#language-vi").click();
    }
}
