package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The list of import jobs like every list: each filter operator, each order in both directions with ties by id, paging
 * with cursors, and the caller's own jobs as the limit no filter reaches past. Other tests' jobs are in the list too, so
 * every answer is checked against what the jobs themselves say, read as admin before the query; the jobs of this class
 * (two users, both formats, both endings, 1 to 3 rows, 0 to 2 errors) make every check select some jobs and leave others.
 */
class ImportJobsIT extends DeployedApplication {

    private static final String FIELDS = "{ id state startedBy format createdAt finishedAt rowsRead errorCount }";
    private static final String HEADER = "dossierCode,unitCode,procedureCode,receivedOn,dueOn,closedOn,channel,kind,status\n";
    private static final String ROW = ",NA-SKHCN-MC,NA-SKHCN-NLNT-XQUANG,2024-01-02,2024-01-12,,ONLINE,NEW,RECEIVED\n";
    /** The same codes in every test: the first import writes these dossiers, the later ones find them unchanged. */
    private static final String CODES = "IT-JOBS-";

    /** The jobs as admin reads them, the oldest first, taken once this test's jobs have ended. */
    private List<Job> jobs;

    /** A job as the API answers it. */
    private record Job(long id, String state, String startedBy, String format, Instant createdAt, Instant finishedAt, int rowsRead,
                       int errorCount) {

        static Job of(JsonObject node) {
            return new Job(Long.parseLong(node.getString("id")), node.getString("state"), node.getString("startedBy"),
                    node.getString("format"), Instant.parse(node.getString("createdAt")),
                    node.isNull("finishedAt") ? null : Instant.parse(node.getString("finishedAt")), node.getInt("rowsRead"),
                    node.getInt("errorCount"));
        }

        LocalDate createdOn() {
            return LocalDate.ofInstant(createdAt, ZoneOffset.UTC);
        }

        LocalDate finishedOn() {
            return finishedAt == null ? null : LocalDate.ofInstant(finishedAt, ZoneOffset.UTC);
        }
    }

    private static String csv(int rows, String badValue) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < rows; i++) {
            csv.append(CODES).append(i).append(i == 0 && badValue != null ? ROW.replace("ONLINE", badValue) : ROW);
        }
        return csv.toString();
    }

    private static String json(String unitCode) {
        return "[{\"dossierCode\": \"" + CODES + "J\", \"unitCode\": \"" + unitCode + "\", \"procedureCode\": \"NA-SKHCN-NLNT-XQUANG\","
                + " \"receivedOn\": \"2024-01-03\", \"dueOn\": \"2024-01-13\", \"channel\": \"POST\", \"kind\": \"NEW\", \"status\": \"RECEIVED\"}]";
    }

    @BeforeEach
    void importSome() {
        GraphQLClient reporter = client.as(GraphQLClient.REPORTER);
        GraphQLClient admin = client.as(GraphQLClient.ADMIN);
        assertThat(Imports.run(reporter, "CSV", csv(2, null)).getString("state")).isEqualTo("SUCCEEDED");
        assertThat(Imports.run(reporter, "JSON", json("NA-NONE")).getString("state")).isEqualTo("FAILED");
        assertThat(Imports.run(admin, "CSV", csv(3, null)).getString("state")).isEqualTo("SUCCEEDED");
        JsonObject twoErrors = Imports.run(admin, "CSV", csv(2, "FAX").replace("2024-01-12", "2024-01-01"));
        assertThat(twoErrors.getString("state")).isEqualTo("FAILED");
        assertThat(twoErrors.getInt("errorCount")).isGreaterThanOrEqualTo(2);
        assertThat(Imports.run(admin, "JSON", json("NA-SKHCN-MC")).getString("state")).isEqualTo("SUCCEEDED");
        jobs = settled();
    }

    /** Every job, once none is running any more (jobs of other tests may still be ending). */
    private List<Job> settled() {
        Instant deadline = Instant.now().plusSeconds(120);
        while (true) {
            List<Job> all = list(client.as(GraphQLClient.ADMIN), "orderBy: [{field: CREATED_AT}]");
            if (all.stream().allMatch(j -> j.finishedAt() != null)) {
                return all;
            }
            assertThat(Instant.now()).as("jobs still running: %s", all).isBefore(deadline);
            Imports.pause();
        }
    }

    /** The whole list with these arguments, read in pages of {@code first} jobs by their cursors. */
    private static List<Job> list(GraphQLClient as, String arguments, int first) {
        List<Job> found = new ArrayList<>();
        String after = null;
        do {
            JsonObject page = as.data("{ importJobs(" + arguments + ", first: " + first
                    + (after == null ? "" : ", after: \"" + after + "\"") + ") { nodes " + FIELDS + " pageInfo { hasNextPage endCursor } } }")
                    .getJsonObject("importJobs");
            page.getJsonArray("nodes").getValuesAs(JsonObject.class).forEach(n -> found.add(Job.of(n)));
            after = page.getJsonObject("pageInfo").getBoolean("hasNextPage") ? page.getJsonObject("pageInfo").getString("endCursor") : null;
        } while (after != null);
        return found;
    }

    private static List<Job> list(GraphQLClient as, String arguments) {
        return list(as, arguments, 100);
    }

    private static int total(GraphQLClient as, String arguments) {
        return as.data("{ importJobs(" + arguments + ") { totalCount } }").getJsonObject("importJobs").getInt("totalCount");
    }

    /** The ids of the jobs that hold, newest first as the list's default order has them. */
    private List<Long> expected(Predicate<Job> holds) {
        return jobs.stream().filter(holds).sorted(Comparator.comparing(Job::createdAt).thenComparing(Job::id).reversed())
                .map(Job::id).toList();
    }

    private static List<Long> ids(List<Job> jobs) {
        return jobs.stream().map(Job::id).toList();
    }

    private void assertFilter(String filter, Predicate<Job> holds) {
        GraphQLClient admin = client.as(GraphQLClient.ADMIN);
        assertThat(ids(list(admin, "filter: " + filter))).as(filter).containsExactlyElementsOf(expected(holds));
        assertThat(total(admin, "filter: " + filter)).as(filter).isEqualTo(expected(holds).size());
    }

    /** A filter that selects some jobs and leaves others, so that a filter ignored or inverted fails. */
    private void assertSelectiveFilter(String filter, Predicate<Job> holds) {
        assertThat(expected(holds)).as(filter).isNotEmpty().hasSizeLessThan(jobs.size());
        assertFilter(filter, holds);
    }

    @Test
    void shouldFilterByStateFormatAndUserWithEachOperator() {
        assertSelectiveFilter("{state: {eq: FAILED}}", j -> j.state().equals("FAILED"));
        assertSelectiveFilter("{state: {in: [SUCCEEDED, QUEUED]}}", j -> List.of("SUCCEEDED", "QUEUED").contains(j.state()));
        assertSelectiveFilter("{format: {eq: JSON}}", j -> j.format().equals("JSON"));
        assertSelectiveFilter("{format: {in: [CSV]}}", j -> j.format().equals("CSV"));
        assertFilter("{format: {in: []}}", j -> false);
        assertSelectiveFilter("{startedBy: {eq: \"reporter\"}}", j -> j.startedBy().equals("reporter"));
        assertSelectiveFilter("{startedBy: {in: [\"admin\", \"noivu\"]}}", j -> List.of("admin", "noivu").contains(j.startedBy()));
        assertSelectiveFilter("{startedBy: {startsWith: \"adm\"}}", j -> j.startedBy().startsWith("adm"));
    }

    @Test
    void shouldFilterByCountsWithEachOperator() {
        assertSelectiveFilter("{rowsRead: {eq: 2}}", j -> j.rowsRead() == 2);
        assertSelectiveFilter("{rowsRead: {gt: 2}}", j -> j.rowsRead() > 2);
        assertSelectiveFilter("{rowsRead: {gte: 2}}", j -> j.rowsRead() >= 2);
        assertSelectiveFilter("{rowsRead: {lt: 2}}", j -> j.rowsRead() < 2);
        assertSelectiveFilter("{rowsRead: {lte: 2}}", j -> j.rowsRead() <= 2);
        assertSelectiveFilter("{errorCount: {gt: 0, lte: 1}}", j -> j.errorCount() > 0 && j.errorCount() <= 1);
        assertSelectiveFilter("{errorCount: {gte: 2}}", j -> j.errorCount() >= 2);
        assertSelectiveFilter("{errorCount: {eq: 0}}", j -> j.errorCount() == 0);
    }

    @Test
    void shouldFilterByTheUtcDaysJobsWereCreatedAndFinishedOn() {
        // every job of a test run is made today (two days when the run crosses midnight): each day operator is checked
        // on both sides of today, so that an operator read the wrong way round fails
        LocalDate today = jobs.get(jobs.size() - 1).createdOn();
        Map<String, BiPredicate<LocalDate, LocalDate>> operators = Map.of(
                "eq", LocalDate::isEqual,
                "gt", LocalDate::isAfter,
                "gte", (d, day) -> !d.isBefore(day),
                "lt", LocalDate::isBefore,
                "lte", (d, day) -> !d.isAfter(day));
        for (Map.Entry<String, BiPredicate<LocalDate, LocalDate>> operator : operators.entrySet()) {
            for (LocalDate day : List.of(today.minusDays(1), today, today.plusDays(1))) {
                String value = "{" + operator.getKey() + ": \"" + day + "\"}";
                assertFilter("{createdOn: " + value + "}", j -> operator.getValue().test(j.createdOn(), day));
                assertFilter("{finishedOn: " + value + "}", j -> j.finishedOn() != null && operator.getValue().test(j.finishedOn(), day));
            }
        }
        assertFilter("{finishedOn: {isNull: false}}", j -> true);
        assertFilter("{finishedOn: {isNull: true}}", j -> false);
        assertFilter("{not: {finishedOn: {lt: \"" + today + "\"}}}", j -> !j.finishedOn().isBefore(today));
    }

    @Test
    void shouldCombineFiltersWithAndOrAndNot() {
        assertSelectiveFilter("{or: [{state: {eq: SUCCEEDED}}, {errorCount: {gte: 2}}]}",
                j -> j.state().equals("SUCCEEDED") || j.errorCount() >= 2);
        assertSelectiveFilter("{and: [{startedBy: {eq: \"admin\"}}, {state: {eq: FAILED}}]}",
                j -> j.startedBy().equals("admin") && j.state().equals("FAILED"));
        assertSelectiveFilter("{not: {format: {eq: CSV}}}", j -> !j.format().equals("CSV"));
        assertSelectiveFilter("{format: {eq: CSV}, not: {or: [{startedBy: {eq: \"reporter\"}}, {rowsRead: {lt: 3}}]}}",
                j -> j.format().equals("CSV") && !(j.startedBy().equals("reporter") || j.rowsRead() < 3));
        assertFilter("{or: []}", j -> false);
    }

    @Test
    void shouldOrderByEachFieldInBothDirectionsWithTiesByIdAndRunningJobsLast() {
        Map<String, Function<Job, Comparable<?>>> fields = Map.of(
                "CREATED_AT", Job::createdAt,
                "FINISHED_AT", Job::finishedAt,
                "STATE", Job::state,
                "FORMAT", Job::format,
                "STARTED_BY", Job::startedBy,
                "ROWS_READ", Job::rowsRead,
                "ERROR_COUNT", Job::errorCount);
        boolean tied = false;
        for (Map.Entry<String, Function<Job, Comparable<?>>> field : fields.entrySet()) {
            for (String direction : List.of("ASC", "DESC")) {
                List<Long> expected = jobs.stream().sorted(order(field.getValue(), direction.equals("DESC"))).map(Job::id).toList();
                assertThat(ids(list(client.as(GraphQLClient.ADMIN), "orderBy: [{field: " + field.getKey() + ", direction: " + direction + "}]")))
                        .as("%s %s", field.getKey(), direction).containsExactlyElementsOf(expected);
            }
            tied |= jobs.stream().map(field.getValue()).distinct().count() < jobs.size();
        }
        assertThat(tied).as("some order has ties for the id to break").isTrue();
        Comparator<Job> formatThenUserDescending = Comparator.comparing(Job::format)
                .thenComparing(Comparator.comparing(Job::startedBy).reversed()).thenComparing(Job::id);
        assertThat(ids(list(client.as(GraphQLClient.ADMIN), "orderBy: [{field: FORMAT}, {field: STARTED_BY, direction: DESC}]")))
                .containsExactlyElementsOf(jobs.stream().sorted(formatThenUserDescending).map(Job::id).toList());
        assertThat(ids(list(client.as(GraphQLClient.ADMIN), "filter: {}"))).as("the default order: newest first")
                .containsExactlyElementsOf(expected(j -> true));
    }

    /** By the value in the direction, missing values last either way, then by id. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<Job> order(Function<Job, Comparable<?>> value, boolean descending) {
        Comparator<Comparable> natural = descending ? Comparator.<Comparable>naturalOrder().reversed() : Comparator.naturalOrder();
        Comparator<Job> byValue = Comparator.comparing(j -> (Comparable) value.apply(j), Comparator.nullsLast(natural));
        return byValue.thenComparing(Job::id);
    }

    @Test
    void shouldPageThroughEveryJobWithCursorsWithoutGapsOrRepeats() {
        GraphQLClient admin = client.as(GraphQLClient.ADMIN);
        for (String arguments : List.of("filter: {}", "orderBy: [{field: STATE, direction: DESC}]",
                "filter: {format: {eq: CSV}}, orderBy: [{field: ROWS_READ}]")) {
            List<Long> whole = ids(list(admin, arguments, 100));
            List<Long> paged = ids(list(admin, arguments, 2));
            assertThat(paged).as(arguments).doesNotHaveDuplicates().containsExactlyElementsOf(whole).hasSize(total(admin, arguments));
        }
        assertThat(ids(list(admin, "filter: {}", 3))).containsExactlyInAnyOrderElementsOf(ids(jobs));
        String cursor = admin.data("{ importJobs(first: 2) { pageInfo { endCursor } } }").getJsonObject("importJobs")
                .getJsonObject("pageInfo").getString("endCursor");
        JsonObject otherOrder = admin.post("{ importJobs(first: 2, orderBy: [{field: STATE}], after: \"" + cursor + "\") { totalCount } }");
        assertThat(otherOrder.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code"))
                .isEqualTo("INVALID_CURSOR");
    }

    @Test
    void shouldShowAReporterOnlyItsOwnJobsWhateverTheFilterAndAdminsAndHomeAffairsAll() {
        GraphQLClient reporter = client.as(GraphQLClient.REPORTER);
        List<Long> own = expected(j -> j.startedBy().equals("reporter"));
        assertThat(own).isNotEmpty().hasSizeLessThan(jobs.size());
        assertThat(ids(list(reporter, "filter: {}"))).containsExactlyElementsOf(own);
        assertThat(total(reporter, "filter: {}")).isEqualTo(own.size());
        for (String reaching : List.of("{startedBy: {eq: \"admin\"}}", "{not: {startedBy: {eq: \"reporter\"}}}",
                "{or: [{startedBy: {eq: \"admin\"}}, {format: {in: [CSV, JSON]}}]}",
                "{or: [{not: {startedBy: {eq: \"reporter\"}}}, {state: {eq: FAILED}}]}",
                "{not: {and: [{startedBy: {eq: \"reporter\"}}, {state: {eq: SUCCEEDED}}]}}")) {
            List<Job> found = list(reporter, "filter: " + reaching);
            assertThat(found).as(reaching).allMatch(j -> j.startedBy().equals("reporter"));
            assertThat(total(reporter, "filter: " + reaching)).as(reaching).isEqualTo(found.size());
        }
        assertThat(list(reporter, "filter: {or: [{not: {startedBy: {eq: \"reporter\"}}}, {state: {eq: FAILED}}]}"))
                .as("its own failed jobs, nothing more").isNotEmpty().allMatch(j -> j.state().equals("FAILED"));
        assertThat(total(reporter, "filter: {not: {startedBy: {eq: \"reporter\"}}}")).isZero();
        assertThat(total(client.as(GraphQLClient.ADMIN), "filter: {}")).isEqualTo(jobs.size());
        assertThat(ids(list(client.as(GraphQLClient.HOME_AFFAIRS), "filter: {}"))).containsExactlyElementsOf(expected(j -> true));
        assertThat(total(client.as(GraphQLClient.ANALYST), "filter: {}")).as("the analyst started none").isZero();
    }

    @Test
    void shouldRefuseAFilterThatCannotHold() {
        JsonObject response = client.as(GraphQLClient.ADMIN).post("{ importJobs(filter: {or: [{state: {isNull: true}}]}) { totalCount } }");
        JsonObject error = response.getJsonArray("errors").getJsonObject(0);
        assertThat(error.getJsonObject("extensions").getString("code")).isEqualTo("BAD_USER_INPUT");
        assertThat(error.getString("message")).contains("filter.or[0].state.isNull");
    }
}
