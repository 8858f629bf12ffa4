package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tasks of all plans as one list, like every list: each filter against the tasks read independently through the
 * plans' own {@code tasks} in {@code documents}, the orders in both directions with ties by id, paging with cursors, and
 * the demo province's overdue tasks against each task's own {@code overdue}.
 */
class PlanTaskListIT extends DeployedApplication {

    private static final String FIELDS = "{ number status area deadline completedOn overdue description leadUnit { code } }";
    private static final String PROVINCE = "MH-TINH";

    /** Every task, read through the plans. */
    private List<Task> tasks;

    /** A task as the API answers it; its plan's id and its number name it. */
    private record Task(String planId, String issuer, String planSubject, int number, String status, String area,
                        LocalDate deadline, LocalDate completedOn, boolean overdue, String description, String leadUnit) {

        static Task of(String planId, String issuer, String planSubject, JsonObject task) {
            return new Task(planId, issuer, planSubject, task.getInt("number"), task.getString("status"),
                    task.isNull("area") ? null : task.getString("area"), day(task, "deadline"), day(task, "completedOn"),
                    task.getBoolean("overdue"), task.getString("description"),
                    task.isNull("leadUnit") ? null : task.getJsonObject("leadUnit").getString("code"));
        }

        private static LocalDate day(JsonObject task, String field) {
            return task.isNull(field) ? null : LocalDate.parse(task.getString(field));
        }

        String key() {
            return planId + "#" + number;
        }
    }

    @BeforeEach
    void readThroughThePlans() {
        tasks = new ArrayList<>();
        String after = null;
        do {
            JsonObject page = client.data("{ documents(filter: {kind: {eq: PLAN}}, first: 100" + cursor(after)
                    + ") { nodes { id subject issuer { code } tasks " + FIELDS + " } pageInfo { hasNextPage endCursor } } }")
                    .getJsonObject("documents");
            for (JsonObject plan : page.getJsonArray("nodes").getValuesAs(JsonObject.class)) {
                plan.getJsonArray("tasks").getValuesAs(JsonObject.class).forEach(t -> tasks.add(Task.of(plan.getString("id"),
                        plan.getJsonObject("issuer").getString("code"), plan.isNull("subject") ? null : plan.getString("subject"), t)));
            }
            after = next(page);
        } while (after != null);
        assertThat(tasks).hasSizeGreaterThanOrEqualTo(500);
    }

    private static String cursor(String after) {
        return after == null ? "" : ", after: \"" + after + "\"";
    }

    private static String next(JsonObject page) {
        JsonObject info = page.getJsonObject("pageInfo");
        return info.getBoolean("hasNextPage") ? info.getString("endCursor") : null;
    }

    /** The whole list with these arguments, read in pages of {@code first} tasks by their cursors. */
    private List<Task> list(String arguments, int first) {
        List<Task> found = new ArrayList<>();
        String after = null;
        do {
            JsonObject page = client.data("{ planTasks(" + arguments + " first: " + first + cursor(after) + ") { nodes { plan { id "
                    + "subject issuer { code } } " + FIELDS.substring(1) + " pageInfo { hasNextPage endCursor } } }").getJsonObject("planTasks");
            for (JsonObject task : page.getJsonArray("nodes").getValuesAs(JsonObject.class)) {
                JsonObject plan = task.getJsonObject("plan");
                found.add(Task.of(plan.getString("id"), plan.getJsonObject("issuer").getString("code"),
                        plan.isNull("subject") ? null : plan.getString("subject"), task));
            }
            after = next(page);
        } while (after != null);
        return found;
    }

    private List<Task> list(String arguments) {
        return list(arguments, 100);
    }

    private int total(String filter) {
        return client.data("{ planTasks(filter: " + filter + ") { totalCount } }").getJsonObject("planTasks").getInt("totalCount");
    }

    private static List<String> keys(List<Task> tasks) {
        return tasks.stream().map(Task::key).toList();
    }

    /** The filter finds exactly the tasks that hold, some and not all of them, so that a filter ignored or inverted fails. */
    private void assertFilter(String filter, Predicate<Task> holds) {
        List<String> expected = keys(tasks.stream().filter(holds).toList());
        assertThat(expected).as(filter).isNotEmpty().hasSizeLessThan(tasks.size());
        assertThat(keys(list("filter: " + filter + ","))).as(filter).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(total(filter)).as(filter).isEqualTo(expected.size());
    }

    /** The codes of the unit and every unit below it. */
    private Set<String> subtree(String code) {
        return units("{within: \"" + code + "\"}");
    }

    /** The codes of the units matching the filter. */
    private Set<String> units(String filter) {
        Set<String> codes = new HashSet<>();
        String after = null;
        do {
            JsonObject page = client.data("{ units(filter: " + filter + ", first: 100" + cursor(after)
                    + ") { nodes { code } pageInfo { hasNextPage endCursor } } }").getJsonObject("units");
            page.getJsonArray("nodes").getValuesAs(JsonObject.class).forEach(u -> codes.add(u.getString("code")));
            after = next(page);
        } while (after != null);
        return codes;
    }

    /** The most frequent value among the tasks that have one: a value that selects many tasks and leaves others. */
    private <V> V mostFrequent(Function<Task, V> value) {
        return tasks.stream().map(value).filter(v -> v != null)
                .collect(Collectors.groupingBy(v -> v, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static String fold(String text) {
        return Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase();
    }

    @Test
    void shouldListEveryTaskOfEveryPlanOnceWhenPagingWithCursors() {
        List<Task> all = list("", 100);
        assertThat(keys(all)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(keys(tasks));
        assertThat(all).containsExactlyInAnyOrderElementsOf(tasks);
        assertThat(keys(list("", 37))).as("smaller pages, the same list").containsExactlyElementsOf(keys(all));
        assertThat(client.data("{ planTasks { totalCount } }").getJsonObject("planTasks").getInt("totalCount")).isEqualTo(tasks.size());
    }

    @Test
    void shouldFilterThroughThePlanAndTheLeadUnit() {
        Set<String> province = subtree(PROVINCE);
        Set<String> departments = units("{kind: {eq: DEPARTMENT}}");
        // the plans of the province's departments, not those of the province itself
        assertFilter("{plan: {issuer: {within: \"" + PROVINCE + "\", kind: {eq: DEPARTMENT}}}}",
                t -> province.contains(t.issuer()) && departments.contains(t.issuer()));
        String issuer = mostFrequent(Task::issuer);
        assertFilter("{plan: {issuer: {code: {eq: \"" + issuer + "\"}}}}", t -> t.issuer().equals(issuer));
        String lead = mostFrequent(Task::leadUnit);
        assertFilter("{leadUnit: {code: {eq: \"" + lead + "\"}}}", t -> lead.equals(t.leadUnit()));
        Set<String> belowLead = subtree(lead);
        assertFilter("{leadUnit: {within: \"" + lead + "\"}}", t -> belowLead.contains(t.leadUnit()));
        assertFilter("{not: {leadUnit: {code: {eq: \"" + lead + "\"}}}}", t -> !lead.equals(t.leadUnit()));
    }

    @Test
    void shouldFilterByAreaStatusDaysAndWords() {
        String area = mostFrequent(Task::area);
        assertFilter("{area: {eq: " + area + "}}", t -> area.equals(t.area()));
        assertFilter("{not: {area: {eq: " + area + "}}}", t -> !area.equals(t.area()));
        assertFilter("{status: {eq: DONE}}", t -> t.status().equals("DONE"));
        assertFilter("{status: {in: [NOT_STARTED, IN_PROGRESS]}}", t -> !t.status().equals("DONE"));
        LocalDate deadline = mostFrequent(Task::deadline);
        assertFilter("{deadline: {lt: \"" + deadline + "\"}}", t -> t.deadline() != null && t.deadline().isBefore(deadline));
        assertFilter("{deadline: {gte: \"" + deadline + "\", lte: \"" + deadline.plusMonths(3) + "\"}}", t -> t.deadline() != null
                && !t.deadline().isBefore(deadline) && !t.deadline().isAfter(deadline.plusMonths(3)));
        assertFilter("{deadline: {isNull: true}}", t -> t.deadline() == null);
        LocalDate completed = mostFrequent(Task::completedOn);
        assertFilter("{completedOn: {gt: \"" + completed + "\"}}", t -> t.completedOn() != null && t.completedOn().isAfter(completed));
        String word = fold(mostFrequent(Task::description).split(" ")[0]);
        assertFilter("{search: \"" + word + "\"}", t -> fold(t.description()).contains(word));
        assertFilter("{or: [{status: {eq: DONE}}, {area: {eq: " + area + "}}], not: {deadline: {isNull: true}}}",
                t -> (t.status().equals("DONE") || area.equals(t.area())) && t.deadline() != null);
    }

    @Test
    void shouldAnswerEveryOverdueTaskOfTheProvince() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        Set<String> province = subtree(PROVINCE);
        assertFilter("{plan: {issuer: {within: \"" + PROVINCE + "\"}}, status: {in: [NOT_STARTED, IN_PROGRESS]}, deadline: {lt: \""
                + today + "\"}}", t -> province.contains(t.issuer()) && t.overdue());
    }

    @Test
    void shouldOrderByEachFieldInBothDirectionsWithTiesById() {
        Comparator<LocalDate> undatedLast = Comparator.nullsLast(Comparator.naturalOrder());
        assertOrdered("", Comparator.comparing(Task::deadline, undatedLast));
        assertOrdered("orderBy: [{field: DEADLINE, direction: DESC}],",
                Comparator.comparing(Task::deadline, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder())));
        assertOrdered("orderBy: [{field: NUMBER}],", Comparator.comparing(Task::number));
        assertOrdered("orderBy: [{field: NUMBER, direction: DESC}],", Comparator.comparing(Task::number).reversed());
        assertOrdered("orderBy: [{field: STATUS, direction: DESC}, {field: COMPLETED_ON}],",
                Comparator.comparing(Task::status).reversed().thenComparing(Task::completedOn, undatedLast));
    }

    /**
     * The list in this order, all tasks once, sorted by the keys; between tasks the keys tie, by id, which the demo data
     * gave each of the province's plans' tasks in the order of their numbers (other tests add tasks to other plans).
     */
    private void assertOrdered(String orderBy, Comparator<Task> keys) {
        Set<String> province = subtree(PROVINCE);
        List<Task> ordered = list(orderBy, 100);
        assertThat(keys(ordered)).containsExactlyInAnyOrderElementsOf(keys(tasks));
        assertThat(ordered).as(orderBy).isSortedAccordingTo(keys);
        for (int i = 1; i < ordered.size(); i++) {
            Task before = ordered.get(i - 1);
            Task task = ordered.get(i);
            if (keys.compare(before, task) == 0 && before.planId().equals(task.planId()) && province.contains(task.issuer())) {
                assertThat(before.number()).as("%s: ties by id, %s before %s", orderBy, before, task).isLessThan(task.number());
            }
        }
    }
}
