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
        return statements.during(() -> client.data(query));
    }

    private void assertSameStatementsForSmallAndLargePages(String queryWithPageSize, int small, int large) {
        List<String> few = statementsOf(queryWithPageSize.formatted(small));
        List<String> many = statementsOf(queryWithPageSize.formatted(large));
        // EclipseLink now and then runs one batch read twice (seen in a few runs, never growing with the rows):
        // allow that, while one statement per extra row, as N+1 would run, still fails by far
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
    void shouldReadUnitsWithTheirParentsInAFixedNumberOfStatements() {
        assertSameStatementsForSmallAndLargePages("{ units(first: %d) { nodes { code parent { code } } } }", 2, 50);
    }

    @Test
    void shouldReadProceduresWithFieldAndCompetentUnitInAFixedNumberOfStatements() {
        assertSameStatementsForSmallAndLargePages(
                "{ procedures(first: %d) { nodes { name field { name } competentUnit { code } } } }", 1, 2);
    }

    @Test
    void shouldReadListsNestedUnderAListOncePerPageNotOncePerParent() {
        assertSameStatementsForSmallAndLargePages("""
                { units(filter: {withinCode: "NA"}, first: %d) { nodes { code
                    children { totalCount nodes { code } }
                    documents(first: 2) { totalCount nodes { number issuer { code } } }
                    procedures { nodes { name } }
                    reports { nodes { title } }
                    observations(filter: {year: 2022, totalOnly: true}) { totalCount nodes { value indicator { code } } } } } }""",
                // the first 7 units already include a parent with each nested list non-empty: an empty list needs no
                // second statement, so smaller pages could run fewer
                7, 13);
    }

    @Test
    void shouldReadTheObservationsOfEveryIndicatorInAFixedNumberOfStatements() {
        List<String> ran = statementsOf("""
                { indicators { code observations(filter: {unitCode: "NA-SKHCN"}) { totalCount nodes { value unit { code } } } } }""");
        assertThat(ran).as("indicators, their observations (ids, then rows), the observations' units").hasSizeLessThanOrEqualTo(4 + REPEATED_BATCH_READS);
    }

    @Test
    void shouldReadAWholeReportInOneStatementPerLevel() {
        List<String> ran = statementsOf("""
                { reports(filter: {unitCode: "NA-SKHCN"}) { nodes { title unit { code } recipients { text }
                    sections { heading documents { number } items { text documents { number } observations { value } }
                      subsections { heading items { text documents { number } }
                        subsections { heading items { text } } } } } } }""");
        // reports, unit, recipients, sections, their documents, sub-sections, items, item documents, item figures
        assertThat(ran).as("one statement per level of the report, whatever its 70 items").hasSizeLessThanOrEqualTo(10 + REPEATED_BATCH_READS);
    }
}
