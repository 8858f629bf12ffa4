package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The number of SQL statements a query runs depends on its shape, not on how many rows it returns: the same query
 * with a small and a large page must run the same number of statements.
 */
class QueryShapeIT extends DeployedApplication {

    private static final int REPEATED_BATCH_READS = 2;

    private final StatementLog statements = new StatementLog();

    private List<String> statementsOf(String query) {
        return statementsOf(client, query);
    }

    private List<String> statementsOf(GraphQLClient as, String query) {
        return statements.during(() -> as.data(query));
    }

    private void assertSameStatementsForSmallAndLargePages(String queryWithPageSize, int small, int large) {
        assertSameStatementsForSmallAndLargePages(client, queryWithPageSize, small, large);
    }

    private void assertSameStatementsForSmallAndLargePages(GraphQLClient as, String queryWithPageSize, int small, int large) {
        List<String> few = statementsOf(as, queryWithPageSize.formatted(small));
        List<String> many = statementsOf(as, queryWithPageSize.formatted(large));
        // EclipseLink sometimes repeats a batch read to find the parents of a nested batch path (at most once per
        // path, never once per row): allow that, while one statement per extra row, as N+1 would run, still fails
        assertThat(many.size()).as("statements for %d rows %s vs %d rows %s", large, many, small, few)
                .isLessThanOrEqualTo(few.size() + REPEATED_BATCH_READS);
    }

    @Test
    void shouldReadObservationsWithTheirIndicatorUnitReportAndBreakdownInAFixedNumberOfStatements() {
        assertSameStatementsForSmallAndLargePages("""
                { observations(first: %d) { nodes { value indicator { code } unit { code } report { title }
                    breakdown { dimension member } } } }""", 2, 15);
    }

    @Test
    void shouldReadDocumentsWithIssuerDrafterAndLinksInAFixedNumberOfStatements() {
        assertSameStatementsForSmallAndLargePages("""
                { documents(first: %d) { nodes { number issuer { code } drafter { code } links { type document { number } } } } }""",
                2, 16);
    }

    @Test
    void shouldReadPlansWithTheirTasksAndTheTasksUnitsInAFixedNumberOfStatements() {
        // the demo province's plans: every one has tasks with a lead unit, most have coordinating units
        assertSameStatementsForSmallAndLargePages("""
                { documents(filter: {kind: {eq: PLAN}, issuer: {within: "MH-TINH"}}, first: %d) { nodes { number
                    tasks { number status overdue deadline leadUnit { code } coordinatingUnits { code } } } } }""", 2, 40);
    }

    @Test
    void shouldReadTheTasksOfTheLinkedPlansInAFixedNumberOfStatements() {
        // the demo departments' plans implement the province's plan of their year: more plans, more linked plans,
        // which are not in the page themselves
        assertSameStatementsForSmallAndLargePages("""
                { documents(filter: {kind: {eq: PLAN}, issuer: {kind: {eq: DEPARTMENT}, within: "MH-TINH"}}, first: %d) { nodes { number
                    links { document { number tasks { number leadUnit { code } coordinatingUnits { code } } } } } } }""", 2, 60);
    }

    @Test
    void shouldReadTasksAcrossPlansWithTheirPlanAndUnitsInAFixedNumberOfStatements() {
        // the demo province's 500 tasks by deadline: a page of 60 has tasks of many plans and lead units
        assertSameStatementsForSmallAndLargePages("""
                { planTasks(filter: {plan: {issuer: {within: "MH-TINH"}}}, first: %d) { nodes { number
                    plan { number subject issuer { code } } leadUnit { code } coordinatingUnits { code } } } }""", 2, 60);
    }

    @Test
    void shouldReadUnitsWithTheirParentsInAFixedNumberOfStatements() {
        assertSameStatementsForSmallAndLargePages("{ units(first: %d) { nodes { code parent { code } } } }", 2, 50);
    }

    @Test
    void shouldReadProceduresWithFieldAndCompetentUnitInAFixedNumberOfStatements() {
        assertSameStatementsForSmallAndLargePages(
                "{ procedures(first: %d) { nodes { name field { name } competentUnit { code } } } }", 1, 2);
    }

    @Test
    void shouldReadTheProceduresOnlineLevelsOnDaysInAFixedNumberOfStatements() {
        // the demo province's procedures: each has a dated history, which the levels on days are read from
        assertSameStatementsForSmallAndLargePages("""
                { procedures(filter: {competentUnit: {within: "MH-TINH"}}, first: %d) { nodes { code
                    onlineServiceOn(days: ["2022-12-31", "2024-09-30"]) { day onlineService } } } }""", 2, 60);
        assertSameStatementsForSmallAndLargePages("""
                { units(filter: {within: "MH-TINH", kind: {eq: DEPARTMENT}}, first: %d) { nodes { code
                    procedures(first: 20) { nodes { onlineServiceOn(days: ["2024-09-30"]) { onlineService } } } } } }""", 2, 12);
    }

    @Test
    void shouldReadListsNestedUnderAListOncePerPageNotOncePerParent() {
        assertSameStatementsForSmallAndLargePages("""
                { units(filter: {within: "NA"}, first: %d) { nodes { code
                    children { totalCount nodes { code } }
                    documents(first: 2) { totalCount nodes { number issuer { code } } }
                    procedures { nodes { name } }
                    reports { nodes { title } }
                    observations(filter: {period: {year: {eq: 2022}}, totalOnly: true}) { totalCount nodes { value indicator { code } } } } } }""",
                // the first 7 units already include a parent with each nested list non-empty: an empty list needs no
                // second statement, so smaller pages could run fewer
                7, 13);
    }

    @Test
    void shouldReadThreeLevelsOfNestedListsOncePerLevelNotOncePerParent() {
        assertSameStatementsForSmallAndLargePages("""
                { units(filter: {within: "MH-TINH", kind: {eq: DEPARTMENT}}, first: %d) { nodes { code
                    children { nodes { code
                      dossiers(first: 2) { totalCount nodes { code procedure { name } } }
                      children { totalCount } } } } } }""", 3, 12);
    }

    @Test
    void shouldReadFilteredAndOrderedNestedListsOncePerLevel() {
        assertSameStatementsForSmallAndLargePages("""
                { units(filter: {within: "MH-TINH", kind: {eq: DEPARTMENT}}, orderBy: [{field: NAME, direction: DESC}], first: %d) {
                    nodes { code
                      children(filter: {kind: {in: [PUBLIC_SERVICE_UNIT, ONE_STOP_SHOP]}}, orderBy: [{field: NAME}]) { totalCount
                        nodes { code dossiers(first: 2, filter: {status: {eq: RESOLVED_LATE}},
                                              orderBy: [{field: RECEIVED_ON, direction: DESC}]) { totalCount nodes { code } } } }
                      documents(first: 2, filter: {issuedOn: {isNull: false}}, orderBy: [{field: ISSUED_ON, direction: DESC}]) {
                        nodes { number } } } } }""", 3, 12);
    }

    @Test
    void shouldReadImportJobsWithTheirErrorsInAFixedNumberOfStatements() {
        GraphQLClient admin = client.as(GraphQLClient.ADMIN);
        for (int i = 0; i < 6; i++) {
            // a file of one column: the job fails with an error per missing column
            assertThat(Imports.run(admin, "CSV", "dossierCode\nIT-SHAPE-" + i + "\n").getInt("errorCount")).isPositive();
        }
        assertSameStatementsForSmallAndLargePages(admin, """
                { importJobs(filter: {errorCount: {gt: 0}}, first: %d) { nodes { id state errors { line column code message } } } }""",
                1, 6);
    }

    @Test
    void shouldReadTheObservationsOfEveryIndicatorInAFixedNumberOfStatements() {
        List<String> ran = statementsOf("""
                { indicators { code observations(filter: {unit: {code: {eq: "NA-SKHCN"}}}) { totalCount nodes { value unit { code } } } } }""");
        assertThat(ran).as("indicators, their observations (ids, then rows), the observations' units").hasSizeLessThanOrEqualTo(4 + REPEATED_BATCH_READS);
    }

    @Test
    void shouldReadAWholeReportInStatementsThatDependOnItsOutlineNotItsLength() {
        String query = """
                { reports(filter: {unit: {code: {eq: "%s"}}, period: {year: {eq: 2022}, type: {eq: QUARTER}, number: {eq: 1}}}) { nodes { title unit { code } recipients { text }
                    sections { heading documents { number } items { text documents { number } observations { value } }
                      subsections { heading items { text documents { number } }
                        subsections { heading items { text } } } } } } }""";
        List<String> shortReport = statementsOf(query.formatted("MH-SNV"));
        List<String> longReport = statementsOf(query.formatted("NA-SKHCN"));
        assertThat(longReport.size()).as("the 70 items of Nghệ An %s vs a short demo report %s", longReport, shortReport)
                .isLessThanOrEqualTo(shortReport.size() + REPEATED_BATCH_READS);
    }
}
