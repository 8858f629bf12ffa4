package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The number of SQL statements a query runs depends on its shape, not on how many rows it returns: the same query
 * with a small and a large page must run the same number of statements.
 */
class QueryShapeIT extends DeployedApplication {

    private final StatementLog statements = new StatementLog();

    private long statementsOf(String query) {
        return statements.countDuring(() -> client.data(query));
    }

    private void assertSameStatementsForSmallAndLargePages(String queryWithPageSize, int small, int large) {
        long few = statementsOf(queryWithPageSize.formatted(small));
        long many = statementsOf(queryWithPageSize.formatted(large));
        assertThat(many).as("statements for %d rows vs %d rows", large, small).isEqualTo(few);
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
        long ran = statementsOf("""
                { indicators { code observations(filter: {unitCode: "NA-SKHCN"}) { totalCount nodes { value unit { code } } } } }""");
        assertThat(ran).as("indicators, their observations (ids, then rows), the observations' units").isLessThanOrEqualTo(4);
    }

    @Test
    void shouldReadAWholeReportInOneStatementPerLevel() {
        long ran = statementsOf("""
                { reports(filter: {unitCode: "NA-SKHCN"}) { nodes { title unit { code } recipients { text }
                    sections { heading documents { number } items { text documents { number } observations { value } }
                      subsections { heading items { text documents { number } }
                        subsections { heading items { text } } } } } } }""");
        // reports, unit, recipients, sections, their documents, sub-sections, items, item documents, item figures
        assertThat(ran).as("one statement per level of the report, whatever its 70 items").isLessThanOrEqualTo(10);
    }
}
