package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;

/**
 * The dossier upload page (workspace/dossiers.html) in Chromium: a reporter's file with a bad row fails with the
 * errors the API gives for its job, corrected files chosen or dropped succeed with the API's counts, a progress bar is
 * shown while each job runs, the past imports are the API's; an analyst is offered no upload. The dossiers are this
 * run's own codes, received in Q1 2024 by NA-SKHCN's one-stop shop, whose counts other tests read as differences only.
 */
class DossiersPageIT extends BrowserPage {

    private static final String HEADER = "dossierCode,unitCode,procedureCode,receivedOn,dueOn,closedOn,channel,kind,status\n";
    private static final String ONE_STOP = "NA-SKHCN-MC";
    private static final String XRAY = "NA-SKHCN-NLNT-XQUANG";
    private static final String JOB = "{ id state rowsRead rowsValid rowsWritten rowsSkipped errorCount errors { line column code message } }";

    private final String prefix = "PAGE-" + System.nanoTime() + "-";

    @TempDir
    Path folder;

    private void open() {
        browser.open(URI.create(base + "workspace/dossiers.html"));
    }

    /** An open dossier of the one-stop shop received on 5 February 2024, as a CSV row. */
    private String row(int number, String dueOn, String channel) {
        return prefix + number + "," + ONE_STOP + "," + XRAY + ",2024-02-05," + dueOn + ",," + channel + ",NEW,RECEIVED\n";
    }

    private String json(int number) {
        return "{\"dossierCode\": \"" + prefix + number + "\", \"unitCode\": \"" + ONE_STOP + "\", \"procedureCode\": \"" + XRAY
                + "\", \"receivedOn\": \"2024-02-05\", \"dueOn\": \"2024-02-15\", \"channel\": \"ONLINE\", \"kind\": \"NEW\", \"status\": \"RECEIVED\"}";
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }

    /** Chooses the file in the page's file input, as the file dialog would. */
    private void choose(Path file) {
        browser.find("#dossier-file").sendKeys(file.toAbsolutePath().toString());
    }

    /** Drops a file on the drop zone, as a drag from the desktop would: the drag's events carrying it. */
    private void drop(String name, String type, String content) {
        browser.script("""
                const [name, type, text] = arguments;
                const files = new DataTransfer();
                files.items.add(new File([text], name, {type}));
                const zone = document.getElementById('drop-zone');
                zone.dispatchEvent(new DragEvent('dragover', {dataTransfer: files, bubbles: true, cancelable: true}));
                zone.dispatchEvent(new DragEvent('drop', {dataTransfer: files, bubbles: true, cancelable: true}));""",
                name, type, content);
    }

    /** Records the job of every progress bar the page puts up ('' while the file is on its way), however briefly. */
    private void recordProgress() {
        browser.script("""
                window.progressShown = [];
                new MutationObserver((changes) => changes.forEach((c) => c.addedNodes.forEach((n) => {
                  if (n.nodeType === Node.ELEMENT_NODE && n.querySelector('progress')) {
                    window.progressShown.push(n.dataset.job ?? '');
                  }
                }))).observe(document.getElementById('job-view'), {childList: true});""");
    }

    @SuppressWarnings("unchecked")
    private List<String> progressShown() {
        return (List<String>) browser.script("return window.progressShown");
    }

    /** The id of the job the page shows as ended, once it is another than {@code before}. */
    private String ended(String before) {
        return browser.await(d -> {
            Object id = browser.script("return document.querySelector('#result')?.dataset.job ?? null");
            return id == null || id.equals(before) ? null : (String) id;
        });
    }

    private JsonObject job(GraphQLClient as, String id) {
        return as.data("{ importJob(id: \"" + id + "\") " + JOB + " }").getJsonObject("importJob");
    }

    /** The error table as the page shows it: "line | column | reason" a row. */
    @SuppressWarnings("unchecked")
    private List<String> errorsOnPage() {
        return (List<String>) browser.script("""
                return [...document.querySelectorAll('#errors tbody tr')]
                  .map((r) => [...r.cells].map((c) => c.textContent).join(' | '));""");
    }

    private static List<String> errorsOf(JsonObject job) {
        return job.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getInt("line") + " | " + (e.isNull("column") ? "–" : e.getString("column")) + " | " + e.getString("message"))
                .toList();
    }

    /** The result's counts as the page carries them, in the API's field order. */
    private List<String> countsOnPage() {
        return List.of("rowsRead", "rowsWritten", "rowsSkipped", "errorCount").stream()
                .map(field -> field + "=" + browser.find("#result [data-count='" + field + "']").getAttribute("data-value")).toList();
    }

    private static List<String> countsOf(JsonObject job) {
        return List.of("rowsRead", "rowsWritten", "rowsSkipped", "errorCount").stream().map(field -> field + "=" + job.getInt(field)).toList();
    }

    /** The past imports as "id state read written skipped errors", from the page's data. */
    @SuppressWarnings("unchecked")
    private List<String> historyOnPage() {
        return (List<String>) browser.script("""
                return [...document.querySelectorAll('#import-jobs tbody tr[data-job]')].map((r) => [r.dataset.job, r.dataset.state,
                  ...['rowsRead', 'rowsWritten', 'rowsSkipped', 'errorCount'].map((k) => r.querySelector(`[data-key='${k}']`).dataset.value)].join(' '));""");
    }

    private List<String> historyOfApi() {
        return client.as(GraphQLClient.REPORTER).data("{ importJobs(first: 20, orderBy: [{field: CREATED_AT, direction: DESC}]) {"
                        + " nodes { id state rowsRead rowsWritten rowsSkipped errorCount } } }")
                .getJsonObject("importJobs").getJsonArray("nodes").getValuesAs(JsonObject.class).stream()
                .map(j -> String.join(" ", j.getString("id"), j.getString("state"), "" + j.getInt("rowsRead"), "" + j.getInt("rowsWritten"),
                        "" + j.getInt("rowsSkipped"), "" + j.getInt("errorCount")))
                .toList();
    }

    /** What the page shows once it equals the expected, or after the wait what it still shows, for the assertion to report. */
    private static <T> T settled(Supplier<T> onPage, T expected) {
        try {
            return browser.await(d -> onPage.get().equals(expected) ? expected : null);
        } catch (TimeoutException e) {
            return onPage.get();
        }
    }

    @Test
    void shouldImportAReportersFilesAndShowTheJobsAsTheApiDoes() throws IOException {
        GraphQLClient reporter = client.as(GraphQLClient.REPORTER);
        open();
        browser.find("#language-vi").click();
        browser.signIn(GraphQLClient.REPORTER);
        browser.find("#drop-zone");
        browser.screenshot("dossiers-reporter");
        browser.assertAccessible("dossiers (reporter, before an import)");
        recordProgress();

        // a bad row: a channel that does not exist, due before it was received
        choose(file("ho-so-loi.csv", HEADER + row(1, "2024-02-15", "ONLINE") + row(2, "2024-02-01", "FAX") + row(3, "2024-02-15", "POST")));
        String failedId = ended(null);
        JsonObject failed = job(reporter, failedId);
        assertThat(failed.getString("state")).isEqualTo("FAILED");
        assertThat(browser.find("#result").getAttribute("data-state")).isEqualTo(failed.getString("state"));
        assertThat(errorsOnPage()).as("the errors the API gives").isEqualTo(errorsOf(failed)).hasSize(failed.getInt("errorCount")).isNotEmpty();
        assertThat(countsOnPage()).isEqualTo(countsOf(failed));
        assertThat(progressShown()).as("the progress of each job shown while it ran").contains(failedId);

        // the errors' download: its file caught before the browser saves it
        browser.script("""
                window.downloads = [];
                const make = URL.createObjectURL;
                URL.createObjectURL = (blob) => { window.downloads.push(blob); return make(blob); };
                document.addEventListener('click', (e) => e.target.matches('a[download]') && e.preventDefault(), true);""");
        browser.find("#errors-csv").click();
        String csv = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; window.downloads[0].text().then(done);");
        List<JsonObject> errors = failed.getJsonArray("errors").getValuesAs(JsonObject.class);
        assertThat(csv.lines().toList()).hasSize(errors.size() + 1).first().isEqualTo("Dòng,Cột,Mã lỗi,Lý do");
        for (int i = 0; i < errors.size(); i++) {
            assertThat(csv.lines().toList().get(i + 1)).startsWith(errors.get(i).getInt("line") + "," + errors.get(i).getString("column", "")
                    + "," + errors.get(i).getString("code") + ",").contains(errors.get(i).getString("message"));
        }
        browser.screenshot("dossiers-failed");
        browser.assertAccessible("dossiers (failed import)");

        assertThat(browser.clickAndAwaitNewText("#language-en", "#title")).isEqualTo("Import one-stop dossiers");
        assertThat(browser.all("h2").stream().map(h -> h.getText()).toList())
                .contains("One-stop system export", "Past imports").anySatisfy(h -> assertThat(h).startsWith("Import result"));
        assertThat(browser.find("#errors thead").getText()).contains("Line", "Column", "Reason");
        assertThat(settled(this::errorsOnPage, errorsOf(job(reporter.inLanguage("en"), failedId))))
                .as("the reasons asked again in English").isEqualTo(errorsOf(job(reporter.inLanguage("en"), failedId)))
                .isNotEqualTo(errorsOf(failed));
        browser.screenshot("dossiers-failed-en");
        browser.assertAccessible("dossiers (failed import, English)");
        browser.find("#language-vi").click();

        choose(file("ho-so.csv", HEADER + row(1, "2024-02-15", "ONLINE") + row(2, "2024-02-15", "ONLINE") + row(3, "2024-02-15", "ONLINE")));
        String writtenId = ended(failedId);
        JsonObject written = job(reporter, writtenId);
        assertThat(written.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(browser.find("#result").getAttribute("data-state")).isEqualTo(written.getString("state"));
        assertThat(countsOnPage()).isEqualTo(countsOf(written));
        assertThat(browser.all("#errors")).isEmpty();

        // the same dossiers once more with a new one, dropped as JSON: the known ones are left unchanged
        drop("ho-so.json", "application/json", "[\n" + json(1) + ",\n" + json(2) + ",\n" + json(3) + ",\n" + json(4) + "\n]");
        String againId = ended(writtenId);
        JsonObject again = job(reporter, againId);
        assertThat(again.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(again.getInt("rowsSkipped")).as("the CSV's dossiers, unchanged").isPositive();
        assertThat(countsOnPage()).isEqualTo(countsOf(again));
        assertThat(progressShown()).contains(writtenId, againId);

        List<String> history = historyOnPage();
        assertThat(history).isEqualTo(historyOfApi());
        assertThat(history.stream().map(j -> j.split(" ")[0]).toList()).startsWith(againId, writtenId, failedId);
        browser.screenshot("dossiers-succeeded");
        browser.assertAccessible("dossiers (succeeded import)");
    }

    @Test
    void shouldOfferAnAnalystNoUpload() {
        open();
        browser.find("#language-vi").click();
        browser.signIn(GraphQLClient.ANALYST);
        assertThat(browser.find("#no-upload").getText()).contains("không được nhập hồ sơ");
        assertThat(browser.all("#dossier-file, #drop-zone, #import-jobs")).isEmpty();
        browser.screenshot("dossiers-analyst");
        browser.assertAccessible("dossiers (analyst)");
    }
}
