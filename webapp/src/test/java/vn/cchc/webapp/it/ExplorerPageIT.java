package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * The query explorer in Chromium: an example question run against /graphql as the analyst signed in through the page's
 * box, the same question refused to an anonymous visitor, the schema docs, the Authorization header sent.
 */
class ExplorerPageIT extends BrowserPage {

    @BeforeEach
    void openExplorer() {
        browser.open(URI.create(base + "explorer/"));
        browser.find(".graphiql-container .monaco-editor");
    }

    private String runAndAwaitAnswer(String expected) {
        browser.find("button[aria-label^='Execute query']").click();
        return browser.await(d -> {
            String answer = browser.find(".graphiql-response").getText();
            return answer.contains(expected) ? answer : null;
        });
    }

    @Test
    void shouldRunAnExampleQuestionAgainstTheApi() {
        browser.signIn(GraphQLClient.ANALYST);
        new Select(browser.find("#example-select")).selectByVisibleText("Sở nào có tỷ lệ hồ sơ trực tuyến thấp nhất?");
        String answer = runAndAwaitAnswer("LOWEST_FIRST");
        assertThat(answer).contains("\"rank\": 1", "NA-SKHCN", "\"numerator\": 4", "\"denominator\": 9");
        browser.screenshot("explorer-query");
    }

    @Test
    void shouldShowTheApisRefusalToAnAnonymousVisitor() {
        new Select(browser.find("#example-select")).selectByVisibleText("Sở nào có tỷ lệ hồ sơ trực tuyến thấp nhất?");
        String answer = runAndAwaitAnswer("UNAUTHENTICATED");
        assertThat(answer).contains("\"ranking\"").doesNotContain("NA-SKHCN");
    }

    @Test
    void shouldShowTheSchemaDocumentation() {
        browser.find("button[aria-label='Show Documentation Explorer']").click();
        browser.find(".graphiql-doc-explorer a.graphiql-doc-explorer-type-name").click();
        String docs = browser.await(d -> {
            String text = browser.find(".graphiql-doc-explorer").getText();
            return text.contains("dossierStatistics") ? text : null;
        });
        assertThat(docs).contains("observationSeries", "ranking", "reports");
        browser.screenshot("explorer-docs");
    }

    @Test
    void shouldSendTheSignedInUsersAuthorizationWithEveryQuery() {
        browser.signIn(GraphQLClient.ANALYST);
        browser.requests(); // what was sent before signing in
        runAndAwaitAnswer("Sở Khoa học và Công nghệ tỉnh Nghệ An");
        String credentials = Base64.getEncoder().encodeToString("analyst:analyst-dev".getBytes(StandardCharsets.UTF_8));
        assertThat(browser.requestsWithHeaders()).anySatisfy(r -> assertThat(r)
                .contains("/graphql").contains("\"Authorization\":\"Basic " + credentials + "\""));
        browser.find("#sign-out").click();
        browser.find("#sign-in");
    }

    @Test
    void shouldSwitchTheExplorersOwnWordsToEnglish() {
        browser.find("#language-en").click();
        assertThat(browser.find(".examples").getText()).startsWith("Example questions");
        assertThat(new Select(browser.find("#example-select")).getOptions()).extracting(o -> o.getText())
                .contains("Which departments had the lowest online-dossier rate?");
        browser.find("#language-vi").click();
        assertThat(browser.find(".examples").getText()).startsWith("Câu hỏi mẫu");
    }
}
