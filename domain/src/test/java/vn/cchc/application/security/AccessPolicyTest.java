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
    private static final Map<Operation, String> ADMIN_MAY = row("Y Y Y YY YY YY YY YY YY YY YY YY YY YY");
    private static final Map<Operation, String> HOME_AFFAIRS_MAY = row("Y Y Y NN NN NN NN YY YY NN NN NN NN");
    private static final Map<Operation, String> REPORTER_MAY = row("Y Y N YN YN YN YN NN NN YN YN YN YN");
    private static final Map<Operation, String> ANALYST_MAY = row("Y Y N NN NN NN NN NN NN NN NN NN NN");
    private static final Map<Operation, String> ANONYMOUS_MAY = row("N N N NN NN NN NN NN NN NN NN NN NN");

    /** In the order of {@link Operation}: READ_DIRECTORY READ_ANALYTICS READ_AUDIT CREATE EDIT SUBMIT REVISE RETURN APPROVE
     * EDIT_UNIT EDIT_DOCUMENT EDIT_PROCEDURE IMPORT_DOSSIERS. */
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
}
