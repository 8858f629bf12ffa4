package vn.cchc.application.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cchc.domain.report.ReportStatus;
import vn.cchc.domain.report.ReportVisibility;

/** The whole role × operation matrix, written out as the issue states it, and the report visibility of each role. */
class AccessPolicyTest {

    private static final String OWN_UNIT = "/NA/NA-UBND/NA-SKHCN/";
    private static final String OWN_SUBUNIT = "/NA/NA-UBND/NA-SKHCN/NA-SKHCN-VP/";
    private static final String OTHER_UNIT = "/NA/NA-UBND/NA-SNV/";

    private static final Caller ADMIN = Caller.of("admin", Set.of(Role.ADMIN));
    private static final Caller HOME_AFFAIRS = Caller.of("noivu", Set.of(Role.HOME_AFFAIRS));
    private static final Caller REPORTER = Caller.reporter("reporter", "NA-SKHCN", OWN_UNIT);
    private static final Caller ANALYST = Caller.of("analyst", Set.of(Role.ANALYST));
    private static final Caller ANONYMOUS = Caller.anonymous();
    private static final Caller NO_ROLE = Caller.of("stranger", Set.of());

    /** Expected answers: for unit work, the first letter is the own unit, the second another unit ("YN"). */
    private static final Map<Operation, String> ADMIN_MAY = row("Y Y Y YY YY YY YY YY YY YY YY YY YY YY Y YY Y");
    private static final Map<Operation, String> HOME_AFFAIRS_MAY = row("Y Y Y NN NN NN NN YY YY NN NN NN NN NN Y YY N");
    private static final Map<Operation, String> REPORTER_MAY = row("Y Y N YN YN YN YN NN NN YN YN YN YN YN N YN N");
    private static final Map<Operation, String> ANALYST_MAY = row("Y Y N NN NN NN NN NN NN NN NN NN NN NN N NN N");
    private static final Map<Operation, String> ANONYMOUS_MAY = row("N N N NN NN NN NN NN NN NN NN NN NN NN N NN N");

    /** In the order of {@link Operation}: READ_DIRECTORY READ_ANALYTICS READ_AUDIT CREATE EDIT SUBMIT REVISE RETURN APPROVE
     * EDIT_UNIT EDIT_DOCUMENT EDIT_PROCEDURE IMPORT_DOSSIERS INGEST_REPORT EVALUATE_FINDINGS CHANGE_FINDING_STATUS
     * BACK_UP_DATABASE. */
    private static Map<Operation, String> row(String answers) {
        String[] cells = answers.split(" ");
        Map<Operation, String> row = new LinkedHashMap<>();
        for (Operation o : Operation.values()) {
            row.put(o, cells[o.ordinal()]);
        }
        return row;
    }

    @Test
    void shouldFollowTheMatrixForEveryRoleAndOperation() {
        assertMatrix(ADMIN, ADMIN_MAY);
        assertMatrix(HOME_AFFAIRS, HOME_AFFAIRS_MAY);
        assertMatrix(REPORTER, REPORTER_MAY);
        assertMatrix(ANALYST, ANALYST_MAY);
        assertMatrix(ANONYMOUS, ANONYMOUS_MAY);
        assertMatrix(NO_ROLE, ANONYMOUS_MAY);
    }

    private static void assertMatrix(Caller caller, Map<Operation, String> expected) {
        assertThat(expected).hasSize(Operation.values().length);
        expected.forEach((operation, answer) -> {
            assertThat(AccessPolicy.permits(caller, operation, OWN_UNIT)).as("%s %s own unit", caller, operation)
                    .isEqualTo(answer.charAt(0) == 'Y');
            if (answer.length() > 1) {
                assertThat(AccessPolicy.permits(caller, operation, OTHER_UNIT)).as("%s %s other unit", caller, operation)
                        .isEqualTo(answer.charAt(1) == 'Y');
            }
        });
    }

    @Test
    void shouldLetAReporterWriteBelowItsUnitButNotBesideIt() {
        assertThat(AccessPolicy.permits(REPORTER, Operation.EDIT_REPORT, OWN_SUBUNIT)).isTrue();
        assertThat(AccessPolicy.permits(REPORTER, Operation.EDIT_REPORT, "/NA/NA-UBND/NA-SKHCN-X/")).isFalse();
        assertThat(AccessPolicy.permits(REPORTER, Operation.EDIT_REPORT, null)).isFalse();
        Caller unitless = Caller.of("reporter2", Set.of(Role.REPORTER));
        assertThat(AccessPolicy.permits(unitless, Operation.CREATE_REPORT, OWN_UNIT)).isFalse();
    }

    @Test
    void shouldLeaveTopLevelUnitsToTheAdmin() {
        assertThat(AccessPolicy.permits(ADMIN, Operation.EDIT_UNIT, null)).isTrue();
        assertThat(AccessPolicy.permits(REPORTER, Operation.EDIT_UNIT, null)).isFalse();
        assertThat(AccessPolicy.permits(REPORTER, Operation.EDIT_UNIT, OWN_SUBUNIT)).isTrue();
    }

    @Test
    void shouldRefuseAnonymousCallersWithUnauthenticatedAndOthersWithForbidden() {
        AccessDenied anonymous = catchThrowableOfType(AccessDenied.class,
                () -> AccessPolicy.require(ANONYMOUS, Operation.READ_DIRECTORY, "units"));
        assertThat(anonymous.code()).isEqualTo(AccessDenied.UNAUTHENTICATED);
        assertThat(anonymous).hasMessageContaining("units");
        AccessDenied analyst = catchThrowableOfType(AccessDenied.class,
                () -> AccessPolicy.require(ANALYST, Operation.APPROVE_REPORT, OWN_UNIT, "approveReport"));
        assertThat(analyst.code()).isEqualTo(AccessDenied.FORBIDDEN);
        assertThat(analyst.args()).containsExactly("approveReport", "analyst");
    }

    @Test
    void shouldShowEachRoleTheReportsItMayRead() {
        assertThat(AccessPolicy.reportVisibility(ADMIN)).isEqualTo(ReportVisibility.ALL);
        assertThat(AccessPolicy.reportVisibility(HOME_AFFAIRS)).isEqualTo(ReportVisibility.ALL);
        assertThat(AccessPolicy.reportVisibility(ANALYST)).isEqualTo(ReportVisibility.ALL);
        ReportVisibility reporter = AccessPolicy.reportVisibility(REPORTER);
        assertThat(reporter.published()).containsExactlyInAnyOrder(ReportStatus.SUBMITTED, ReportStatus.APPROVED, ReportStatus.SUPERSEDED);
        assertThat(reporter.ownUnitCode()).isEqualTo("NA-SKHCN");
        assertThat(reporter.computedFigures()).isTrue();
        ReportVisibility anonymous = AccessPolicy.reportVisibility(ANONYMOUS);
        assertThat(anonymous.published()).isEqualTo(EnumSet.of(ReportStatus.APPROVED, ReportStatus.SUPERSEDED));
        assertThat(anonymous.ownUnitCode()).isNull();
        assertThat(anonymous.computedFigures()).isFalse();
        assertThat(AccessPolicy.reportVisibility(NO_ROLE)).isEqualTo(anonymous);
    }

    /** A lookup that records whether it ran, finding {@code found} (or nothing). */
    private static final class Lookup implements java.util.function.Supplier<java.util.Optional<String>> {
        private final String found;
        private boolean ran;

        Lookup(String found) {
            this.found = found;
        }

        @Override
        public java.util.Optional<String> get() {
            ran = true;
            return java.util.Optional.ofNullable(found);
        }
    }

    private static String codeOf(Caller caller, Operation operation, String action, boolean seesAll, Lookup lookup) {
        try {
            AccessPolicy.requireOnFound(caller, operation, action, seesAll, lookup, path -> path,
                    () -> new vn.cchc.domain.shared.DomainException("NOT_FOUND", "nothing", "unknown"));
            return "OK";
        } catch (vn.cchc.domain.shared.DomainException refused) {
            return refused.code();
        }
    }

    @Test
    void shouldRefuseCallersWhoseRolesNeverAllowTheOperationBeforeLookingAnythingUp() {
        for (Caller caller : new Caller[] {ANONYMOUS, NO_ROLE, ANALYST, REPORTER}) {
            Lookup existing = new Lookup(OWN_UNIT);
            Lookup missing = new Lookup(null);
            String expected = caller.isAnonymous() ? "UNAUTHENTICATED" : "FORBIDDEN";
            assertThat(codeOf(caller, Operation.APPROVE_REPORT, "approveReport", false, existing)).as("%s existing", caller).isEqualTo(expected);
            assertThat(codeOf(caller, Operation.APPROVE_REPORT, "approveReport", false, missing)).as("%s missing", caller).isEqualTo(expected);
            assertThat(existing.ran || missing.ran).as("%s looked up", caller).isFalse();
        }
    }

    @Test
    void shouldTellAnUnknownIdOnlyToCallersWhoWouldSeeItWhereverItWere() {
        // a reporter is refused alike for another unit's report and for an id that matches nothing
        assertThat(codeOf(REPORTER, Operation.SUBMIT_REPORT, "submitReport", false, new Lookup(OTHER_UNIT))).isEqualTo("FORBIDDEN");
        assertThat(codeOf(REPORTER, Operation.SUBMIT_REPORT, "submitReport", false, new Lookup(null))).isEqualTo("FORBIDDEN");
        assertThat(codeOf(REPORTER, Operation.SUBMIT_REPORT, "submitReport", false, new Lookup(OWN_SUBUNIT))).isEqualTo("OK");
        // what every such caller reads anyway (the directory) may be told missing
        assertThat(codeOf(REPORTER, Operation.EDIT_UNIT, "renameUnit", true, new Lookup(null))).isEqualTo("NOT_FOUND");
        assertThat(codeOf(REPORTER, Operation.EDIT_UNIT, "renameUnit", true, new Lookup(OTHER_UNIT))).isEqualTo("FORBIDDEN");
        // callers whose right does not depend on the unit learn that it is missing
        assertThat(codeOf(ADMIN, Operation.SUBMIT_REPORT, "submitReport", false, new Lookup(null))).isEqualTo("NOT_FOUND");
        assertThat(codeOf(HOME_AFFAIRS, Operation.APPROVE_REPORT, "approveReport", false, new Lookup(null))).isEqualTo("NOT_FOUND");
        assertThat(codeOf(HOME_AFFAIRS, Operation.APPROVE_REPORT, "approveReport", false, new Lookup(OTHER_UNIT))).isEqualTo("OK");
    }

    @Test
    void shouldShareAVisibilityOnlyBetweenCallersWhoReadTheSameRows() {
        assertThat(AccessPolicy.visibility(Caller.of("analyst2", Set.of(Role.ANALYST)))).isEqualTo(AccessPolicy.visibility(ANALYST));
        assertThat(AccessPolicy.visibility(NO_ROLE)).isEqualTo(AccessPolicy.visibility(ANONYMOUS));
        assertThat(AccessPolicy.visibility(Caller.reporter("reporter2", "NA-SKHCN", OWN_UNIT))).isEqualTo(AccessPolicy.visibility(REPORTER));
        assertThat(AccessPolicy.visibility(Caller.reporter("reporter3", "NA-SNV", OTHER_UNIT))).isNotEqualTo(AccessPolicy.visibility(REPORTER));
        // every role apart, and from anonymous
        assertThat(Set.of(ADMIN, HOME_AFFAIRS, REPORTER, ANALYST, ANONYMOUS).stream().map(AccessPolicy::visibility).distinct()).hasSize(5);
        assertThat(AccessPolicy.visibility(new Caller("both", EnumSet.of(Role.ANALYST, Role.HOME_AFFAIRS), null, null)))
                .isNotEqualTo(AccessPolicy.visibility(ANALYST));
    }
}
