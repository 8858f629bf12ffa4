package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;

/**
 * Taking a Word report in through its page (workspace/ingest.html) in Chromium: the seed report's file, chosen by a
 * reporter, is shown as the API proposes it, beside its source text with the words of the fact in hand marked in its
 * sentence; the heading's period is moved to a quarter of its own (2016 Q1), a recipient rejected, the rest accepted; a
 * figure edited to more online dossiers than dossiers is refused at that fact when the draft is asked for, and nothing
 * is written; edited back, the draft is made and opens in the editor. What the page shows of each fact is the API's.
 * An analyst is offered no upload.
 */
class IngestPageIT extends BrowserPage {

    private static final Path SEED = Path.of("../ingestion/evaluation/01-seed-skhcn-nghe-an-q1-2022.txt");
    private static final String INGESTION = "{ id version state paragraphs report { id status period { year quarter } }"
            + " facts { ordinal kind key quote decision edited values { name value } span { paragraph start lastParagraph end } } }";
    private static final String DRAFTS_OF_2016_Q1 = "{ reports(filter: {unit: {code: {eq: \"NA-SKHCN\"}}, period: {type: {eq: QUARTER},"
            + " year: {eq: 2016}, number: {eq: 1}}}) { nodes { id status recipients { text }"
            + " observations(first: 100) { nodes { indicator { code } numerator denominator } } } } }";

    private JsonObject ingestion(String id) {
        return client.as(GraphQLClient.REPORTER).data("{ reportIngestion(id: \"" + id + "\") " + INGESTION + " }").getJsonObject("reportIngestion");
    }

    private static List<JsonObject> facts(JsonObject ingestion) {
        return ingestion.getJsonArray("facts").getValuesAs(JsonObject.class);
    }

    private static JsonObject fact(JsonObject ingestion, String kind, String key) {
        return facts(ingestion).stream().filter(f -> f.getString("kind").equals(kind) && f.getString("key").equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no fact " + kind + " " + key));
    }

    private static JsonObject byOrdinal(JsonObject ingestion, int ordinal) {
        return facts(ingestion).stream().filter(f -> f.getInt("ordinal") == ordinal).findFirst().orElseThrow();
    }

    private static String value(JsonObject fact, String name) {
        return fact.getJsonArray("values").getValuesAs(JsonObject.class).stream().filter(v -> v.getString("name").equals(name))
                .map(v -> v.getString("value")).findFirst().orElseThrow(() -> new AssertionError("no value " + name + " in " + fact));
    }

    private static String card(JsonObject fact) {
        return "li.fact[data-fact='" + fact.getInt("ordinal") + "']";
    }

    /** An attribute of an element as the page has it now (the page redraws itself after each change), or null. */
    private static String attribute(String css, String name) {
        return (String) browser.script("return document.querySelector(arguments[0])?.getAttribute(arguments[1]) ?? null", css, name);
    }

    /** Types a fact's value anew and saves the edit, then waits for the page to show the fact as edited. */
    private void edit(JsonObject fact, String name, String text) {
        WebElement input = browser.find(card(fact) + " [data-name='" + name + "']");
        input.clear();
        input.sendKeys(text);
        String version = attribute("#ingestion", "data-version");
        browser.find(card(fact) + " button.save-edit").click();
        try {
            browser.await(d -> !version.equals(attribute("#ingestion", "data-version")));
        } catch (TimeoutException e) {
            throw new AssertionError("the edit of fact " + fact.getInt("ordinal") + " was not saved: " + browser.find("#status").getText()
                    + " " + browser.find(card(fact)).getText(), e);
        }
    }

    private List<JsonObject> draftsOf2016Q1() {
        return client.as(GraphQLClient.ADMIN).data(DRAFTS_OF_2016_Q1).getJsonObject("reports").getJsonArray("nodes").getValuesAs(JsonObject.class);
    }

    @Test
    void shouldTakeTheSeedReportInReviewItFactByFactAndMakeTheDraft() {
        browser.open(URI.create(base + "workspace/ingest.html"));
        browser.find("#language-vi").click();
        browser.signIn(GraphQLClient.REPORTER);
        browser.find("#drop-zone");
        assertThat(browser.find("#own-unit").getText()).contains("Sở Khoa học và Công nghệ");
        browser.assertAccessible("ingest (reporter, before an upload)");

        browser.find("#report-file").sendKeys(SEED.toAbsolutePath().normalize().toString());
        String id = browser.await(d -> (String) browser.script("return document.querySelector('#ingestion')?.dataset.ingestion ?? null"));
        assertThat(browser.driver().getCurrentUrl()).as("a reload shows the same ingestion").endsWith("?id=" + id);
        JsonObject proposed = ingestion(id);
        assertThat(browser.all("li.fact")).as("every fact proposed").hasSize(facts(proposed).size()).hasSizeGreaterThan(100);
        assertThat(browser.all("#paragraphs p")).hasSize(proposed.getJsonArray("paragraphs").size());
        assertThat(browser.find(card(fact(proposed, "FIGURE", "DOSSIERS_ONLINE")) + " .quote").getText()).isEqualTo("4/9");

        // the fact in hand: its words marked in its sentence
        JsonObject online = fact(proposed, "FIGURE", "DOSSIERS_ONLINE");
        browser.find(card(online) + " button.show").click();
        JsonObject span = online.getJsonObject("span");
        String sentence = proposed.getJsonArray("paragraphs").getString(span.getInt("paragraph"));
        assertThat(browser.script("return document.querySelector('#paragraphs p.current').textContent")).isEqualTo(sentence);
        assertThat(browser.script("return document.querySelector('#paragraphs mark').textContent"))
                .isEqualTo(sentence.substring(span.getInt("start"), span.getInt("end"))).isEqualTo(online.getString("quote"));
        assertThat(browser.find(card(online)).getAttribute("class")).contains("selected");
        browser.screenshot("ingest-proposed");
        browser.assertAccessible("ingest (a proposal, a fact in hand)");

        // the heading's period moved to a quarter of this test's own
        JsonObject period = fact(proposed, "HEADING", "period");
        assertThat(value(period, "value")).isEqualTo("QUARTER 2022 1");
        edit(period, "value", "QUARTER 2016 1");
        JsonObject periodNow = byOrdinal(ingestion(id), period.getInt("ordinal"));
        assertThat(periodNow.getBoolean("edited")).isTrue();
        assertThat(periodNow.getString("decision")).isEqualTo("ACCEPTED");
        assertThat(value(periodNow, "value")).isEqualTo("QUARTER 2016 1");
        assertThat(browser.find(card(period)).getAttribute("data-decision")).isEqualTo("ACCEPTED");

        // a recipient rejected, seen among the recipients alone
        browser.find("#kind").findElement(By.cssSelector("option[value='RECIPIENT']")).click();
        List<JsonObject> recipients = facts(proposed).stream().filter(f -> f.getString("kind").equals("RECIPIENT")).toList();
        assertThat(browser.all("li.fact").stream().map(c -> c.getAttribute("data-kind")).distinct().toList()).containsExactly("RECIPIENT");
        assertThat(browser.all("li.fact")).hasSize(recipients.size());
        JsonObject rejected = recipients.get(recipients.size() - 1);
        browser.find(card(rejected) + " button.reject").click();
        browser.await(d -> "REJECTED".equals(attribute(card(rejected), "data-decision")));
        assertThat(byOrdinal(ingestion(id), rejected.getInt("ordinal")).getString("decision")).isEqualTo("REJECTED");
        browser.find("#kind").findElement(By.cssSelector("option[value='']")).click();

        // more dossiers online than dossiers: accepted as edited, refused when the draft is made, at that fact
        edit(online, "numerator", "10");
        browser.find("#accept-rest").click();
        browser.await(d -> "0".equals(attribute("#decisions", "data-proposed")));
        JsonObject reviewed = ingestion(id);
        assertThat(facts(reviewed).stream().filter(f -> f.getString("decision").equals("PROPOSED"))).isEmpty();
        assertThat(browser.find("#decisions").getAttribute("data-rejected")).isEqualTo("1");
        browser.find("#make-draft").click();
        WebElement refused = browser.find(card(online) + " [aria-invalid='true']");
        assertThat(browser.find(card(online) + " .field-error").getText()).isNotBlank();
        assertThat(refused.getAttribute("aria-describedby")).isNotBlank();
        assertThat(browser.find("#status").getText()).contains("Chưa lập được báo cáo dự thảo");
        assertThat(ingestion(id).getString("state")).as("nothing written").isEqualTo("PROPOSED");
        assertThat(draftsOf2016Q1()).as("nothing written").isEmpty();
        browser.screenshot("ingest-refused");
        browser.assertAccessible("ingest (the draft refused at a fact)");

        edit(online, "numerator", "4");
        browser.find("#make-draft").click();
        String link = browser.find("#to-draft").getAttribute("href");
        JsonObject drafted = ingestion(id);
        assertThat(drafted.getString("state")).isEqualTo("DRAFTED");
        String reportId = drafted.getJsonObject("report").getString("id");
        assertThat(link).endsWith("workspace/report.html?id=" + reportId);
        List<JsonObject> drafts = draftsOf2016Q1();
        assertThat(drafts).hasSize(1);
        JsonObject draft = drafts.get(0);
        assertThat(draft.getString("id")).isEqualTo(reportId);
        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        assertThat(draft.getJsonArray("recipients")).as("all but the rejected one").hasSize(recipients.size() - 1)
                .noneMatch(r -> r.asJsonObject().getString("text").equals(value(rejected, "text")));
        assertThat(draft.getJsonObject("observations").getJsonArray("nodes").getValuesAs(JsonObject.class))
                .anyMatch(o -> o.getJsonObject("indicator").getString("code").equals("DOSSIERS_ONLINE")
                        && o.getJsonNumber("numerator").intValue() == 4 && o.getJsonNumber("denominator").intValue() == 9);
        assertThat(browser.all("li.fact button")).as("a drafted ingestion is not reviewed again").isEmpty();
        browser.screenshot("ingest-drafted");
        browser.assertAccessible("ingest (drafted)");

        assertThat(browser.clickAndAwaitNewText("#language-en", "#title")).isEqualTo("Take in a Word report");
        assertThat(browser.all("h2").stream().map(WebElement::getText).toList()).contains("Report file", "Source text", "Proposed facts");
        assertThat(browser.find("#decisions").getText()).contains("accepted", "rejected");
        browser.find("#language-vi").click();

        browser.find("#to-draft").click();
        assertThat(browser.find("#heading-title").getAttribute("value")).isNotBlank();
        assertThat(browser.driver().getCurrentUrl()).endsWith("workspace/report.html?id=" + reportId);
    }

    @Test
    void shouldOfferAnAnalystNoUpload() {
        browser.open(URI.create(base + "workspace/ingest.html"));
        browser.find("#language-vi").click();
        browser.signIn(GraphQLClient.ANALYST);
        assertThat(browser.find("#no-ingest").getText()).contains("không được nhập báo cáo");
        assertThat(browser.all("#report-file, #drop-zone")).isEmpty();
        browser.assertAccessible("ingest (analyst)");
    }
}
