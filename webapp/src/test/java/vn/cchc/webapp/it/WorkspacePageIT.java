package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * My reports (workspace/) in Chromium: what a reporter sees of its unit's reports and of the quarters it has not
 * reported, equal to the API's answer; an analyst reads the same lists without a control that writes.
 */
class WorkspacePageIT extends BrowserPage {

    private void open(String query) {
        browser.open(URI.create(base + "workspace/" + query));
    }

    /** The quarters the API says the reporter's unit owes in 2022, as "UNIT YEAR-QUARTER". */
    private List<String> dueFromApi(GraphQLClient caller, String unit) {
        return caller.data("""
                { reportsDue(units: {within: "%s"}, from: {type: QUARTER, year: 2022, number: 1}, through: {type: QUARTER, year: 2022, number: 4}) {
                    unit { code } period { year quarter } } }""".formatted(unit))
                .getJsonArray("reportsDue").getValuesAs(JsonObject.class).stream()
                .map(d -> d.getJsonObject("unit").getString("code") + " " + d.getJsonObject("period").getInt("year") + "-"
                        + d.getJsonObject("period").getInt("quarter"))
                .toList();
    }

    private List<String> dueOnPage() {
        browser.find("#due");
        return browser.all("#due tbody tr").stream()
                .map(r -> r.getAttribute("data-unit") + " " + r.getAttribute("data-period")).toList();
    }

    @Test
    void shouldShowAReporterItsReportsAndTheQuartersItHasNotReported() {
        open("?year=2022");
        browser.find("#language-vi").click();
        assertThat(browser.find("#status.sign-in").getText()).contains("đăng nhập");
        browser.signIn(GraphQLClient.REPORTER);
        assertThat(browser.find("#own-unit").getText()).contains("Sở Khoa học và Công nghệ");
        WebElement seed = browser.find("#reports tr[data-period='2022-1']");
        assertThat(seed.findElement(org.openqa.selenium.By.cssSelector(".badge")).getAttribute("data-status")).isEqualTo("SUBMITTED");
        assertThat(dueOnPage()).as("the quarters the API says are due").isEqualTo(dueFromApi(client.as(GraphQLClient.REPORTER), "NA-SKHCN"))
                .doesNotContain("NA-SKHCN 2022-1").contains("NA-SKHCN 2022-3", "NA-SKHCN 2022-4");
        assertThat(browser.all("#to-ingest")).hasSize(1);
        assertThat(browser.all("#to-dossiers")).hasSize(1);
        browser.screenshot("workspace-reporter");
        browser.assertAccessible("workspace (reporter)");

        assertThat(browser.clickAndAwaitNewText("#language-en", "#title")).isEqualTo("Unit reports");
        assertThat(browser.find("#due thead").getText()).contains("Due on");
        browser.find("#language-vi").click();
    }

    @Test
    void shouldLetAnAnalystReadTheListsWithoutAnyControlThatWrites() {
        open("?year=2022&unit=NA");
        browser.signIn(GraphQLClient.ANALYST);
        browser.find("#unit");
        assertThat(dueOnPage()).isEqualTo(dueFromApi(client.as(GraphQLClient.ANALYST), "NA"));
        assertThat(browser.find("#status").getText()).isEqualTo("Tài khoản này chỉ được xem báo cáo, không được soạn hoặc sửa.");
        assertThat(browser.all("button.start, #to-ingest, #to-dossiers, a.open.primary")).isEmpty();
        assertThat(browser.all("#reports tr[data-report]")).isNotEmpty();
        browser.screenshot("workspace-analyst");
        browser.assertAccessible("workspace (analyst)");
    }
}
