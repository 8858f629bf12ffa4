package vn.cchc.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.domain.shared.Rejections.assertRejected;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.domain.area.ReformArea;
import vn.cchc.domain.document.Document;
import vn.cchc.domain.document.DocumentKind;
import vn.cchc.domain.document.DocumentNumber;
import vn.cchc.domain.indicator.Breakdown;
import vn.cchc.domain.indicator.Indicator;
import vn.cchc.domain.indicator.Measure;
import vn.cchc.domain.indicator.Observation;
import vn.cchc.domain.indicator.ObservedValue;
import vn.cchc.domain.indicator.Ratio;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitKind;

class ReportTest {

    private static final Period Q1 = Period.quarter(2022, 1);

    private final Unit committee = new Unit("NA-UBND", "UBND tỉnh Nghệ An", null, UnitKind.PEOPLES_COMMITTEE, null, null);
    private final Unit department = new Unit("NA-SKHCN", "Sở Khoa học và Công nghệ", null, UnitKind.DEPARTMENT, committee, null);
    private final Report report = new Report(department, Q1, "  Báo cáo công tác CCHC quý I năm 2022 ");
    private final Signer director = new Signer("Nguyễn Văn A", "Giám đốc");
    private final Indicator publicised = new Indicator("PROCEDURES_PUBLICISED", "Thủ tục được công khai",
            "Procedures publicised", Measure.RATIO, ReformArea.ADMINISTRATIVE_PROCEDURE_REFORM, "thủ tục", true);

    private void submitted() {
        report.signedBy(director);
        report.submit(null);
    }

    @Test
    void shouldStartAsEmptyDraft() {
        assertThat(report.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(report.unit()).isSameAs(department);
        assertThat(report.period()).isEqualTo(Q1);
        assertThat(report.title()).isEqualTo("Báo cáo công tác CCHC quý I năm 2022");
        assertThat(report.sections()).isEmpty();
        assertThat(report.allSections()).isEmpty();
        assertThat(report.signer()).isEmpty();
        assertThat(report.recipients()).isEmpty();
        assertThat(report.returnReason()).isEmpty();
        assertThat(report.printedNumber()).isEmpty();
        assertThat(report.issuedOn()).isEmpty();
    }

    @Test
    void shouldBeOwedByAReportingUnitUntilSentWhateverHomeAffairsMakesOfIt() {
        assertThat(Report.isOwed(department, Q1, List.of())).as("nothing written yet").isTrue();
        assertThat(Report.isOwed(department, Q1, List.of(report))).as("a draft is not a report sent").isTrue();
        submitted();
        assertThat(Report.isOwed(department, Q1, List.of(report))).as("submitted").isFalse();
        report.returnForRevision("Thiếu số liệu");
        assertThat(Report.isOwed(department, Q1, List.of(report))).as("returned: owed again").isTrue();
        report.submit(null);
        report.approve();
        assertThat(Report.isOwed(department, Q1, List.of(report))).as("approved").isFalse();
    }

    @Test
    void shouldBeOwedOnlyByDepartmentsAndDistrictsOpenDuringTheQuarter() {
        Unit district = new Unit("NA-UBND-VINH", "UBND thành phố Vinh", null, UnitKind.DISTRICT, committee, null);
        Unit office = new Unit("NA-SKHCN-VP", "Văn phòng Sở", null, UnitKind.DEPARTMENT_OFFICE, department, null);
        Unit founded = new Unit("NA-SMOI", "Sở mới", null, UnitKind.DEPARTMENT, committee, LocalDate.of(2022, 4, 1));
        assertThat(Report.isOwed(district, Q1, List.of())).isTrue();
        assertThat(Report.isOwed(committee, Q1, List.of())).as("the committee collects, it does not report").isFalse();
        assertThat(Report.isOwed(office, Q1, List.of())).as("an office reports within its department").isFalse();
        assertThat(Report.isOwed(founded, Q1, List.of())).as("founded after the quarter").isFalse();
        assertThat(Report.isOwed(founded, Period.quarter(2022, 2), List.of())).isTrue();
        assertThat(Report.isOwed(department, Period.year(2022), List.of())).as("quarters only").isFalse();
    }

    @Test
    void shouldRequireUnitPeriodAndTitle() {
        assertRejected(() -> new Report(null, Q1, "t"), "INVALID_REPORT");
        assertRejected(() -> new Report(department, null, "t"), "INVALID_REPORT");
        assertRejected(() -> new Report(department, Q1, " "), "INVALID_REPORT");
    }

    @Test
    void shouldKeepHeadingAsPrintedWithBlanks() {
        report.head(" /SKHCN-VP ", "Nghệ An", "ngày     tháng 3 năm 2022", null);

        assertThat(report.printedNumber()).contains("/SKHCN-VP");
        assertThat(report.place()).contains("Nghệ An");
        assertThat(report.dateLine()).contains("ngày     tháng 3 năm 2022");
        assertThat(report.issuedOn()).isEmpty();
    }

    @Test
    void shouldDropBlankHeadingFields() {
        report.head(" ", null, "", null);

        assertThat(report.printedNumber()).isEmpty();
        assertThat(report.place()).isEmpty();
        assertThat(report.dateLine()).isEmpty();
    }

    @Test
    void shouldAcceptIssueDateFromStartOfPeriod() {
        report.head("56/SKHCN-VP", "Nghệ An", "ngày 1 tháng 1 năm 2022", LocalDate.of(2022, 1, 1));

        assertThat(report.issuedOn()).contains(LocalDate.of(2022, 1, 1));
    }

    @Test
    void shouldAcceptIssueDateAfterPeriod() {
        report.head("56/SKHCN-VP", null, null, LocalDate.of(2022, 4, 5));

        assertThat(report.issuedOn()).contains(LocalDate.of(2022, 4, 5));
    }

    @Test
    void shouldRejectIssueDateBeforePeriodStarts() {
        assertRejected(() -> report.head("56/SKHCN-VP", null, null, LocalDate.of(2021, 12, 31)), "INVALID_DATE");
        assertThat(report.printedNumber()).isEmpty();
    }

    @Test
    void shouldNumberSectionsInDocumentOrder() {
        ReportSection one = report.addSection("I", "Công tác chỉ đạo, điều hành", ReformArea.DIRECTION_AND_MANAGEMENT);
        ReportSection two = report.addSection("II", "Kết quả thực hiện", null);

        assertThat(one.number()).isEqualTo("I");
        assertThat(one.heading()).isEqualTo("Công tác chỉ đạo, điều hành");
        assertThat(one.area()).contains(ReformArea.DIRECTION_AND_MANAGEMENT);
        assertThat(one.parent()).isEmpty();
        assertThat(one.report()).isSameAs(report);
        assertThat(one.position()).isEqualTo(1);
        assertThat(two.position()).isEqualTo(2);
        assertThat(two.area()).isEmpty();
    }

    @Test
    void shouldAddSubsectionsInheritingParentsArea() {
        ReportSection two = report.addSection("II", "Kết quả thực hiện", ReformArea.ADMINISTRATIVE_PROCEDURE_REFORM);

        ReportSection inherited = two.addSubsection("1", "Kiểm soát TTHC", null);
        ReportSection own = two.addSubsection("2", "Dịch vụ công trực tuyến", ReformArea.E_GOVERNMENT);

        assertThat(inherited.area()).contains(ReformArea.ADMINISTRATIVE_PROCEDURE_REFORM);
        assertThat(own.area()).contains(ReformArea.E_GOVERNMENT);
        assertThat(inherited.parent()).containsSame(two);
        assertThat(two.subsections()).containsExactly(inherited, own);
        assertThat(inherited.position()).isEqualTo(2);
        assertThat(own.position()).isEqualTo(3);
    }

    @Test
    void shouldInheritAreaThroughSeveralLevels() {
        ReportSection two = report.addSection("II", "Kết quả", ReformArea.E_GOVERNMENT);
        ReportSection five = two.addSubsection("5", "Chính quyền điện tử", null);

        ReportSection fiveOne = five.addSubsection("5.1", "Dịch vụ công", null);

        assertThat(fiveOne.area()).contains(ReformArea.E_GOVERNMENT);
        assertThat(fiveOne.parent()).containsSame(five);
    }

    @Test
    void shouldLeaveAreaEmptyWhenNeitherGivesOne() {
        ReportSection two = report.addSection("II", "Kết quả", null);

        assertThat(two.addSubsection("1", "x", null).area()).isEmpty();
    }

    @Test
    void shouldRejectDuplicateNumberAtTheSameLevel() {
        report.addSection("I", "Chỉ đạo", null);

        assertRejected(() -> report.addSection("I", "Lại chỉ đạo", null), "DUPLICATE_SECTION");
        assertThat(report.allSections()).hasSize(1);
    }

    @Test
    void shouldRejectDuplicateSubsectionNumberUnderTheSameParent() {
        ReportSection two = report.addSection("II", "Kết quả", null);
        two.addSubsection("1", "Thể chế", null);

        assertRejected(() -> two.addSubsection("1", "Thủ tục", null), "DUPLICATE_SECTION");
        assertThat(two.subsections()).hasSize(1);
    }

    @Test
    void shouldRejectDuplicateNumberDifferingOnlyBySpaces() {
        report.addSection("I", "Chỉ đạo", null);

        assertRejected(() -> report.addSection(" I ", "Lại chỉ đạo", null), "DUPLICATE_SECTION");
        assertThat(report.sections()).extracting(ReportSection::number).containsExactly("I");
    }

    @Test
    void shouldAllowSameNumberUnderDifferentParents() {
        ReportSection one = report.addSection("I", "Chỉ đạo", null);
        ReportSection two = report.addSection("II", "Kết quả", null);

        ReportSection a = one.addSubsection("1", "a", null);
        ReportSection b = two.addSubsection("1", "b", null);

        assertThat(a.number()).isEqualTo(b.number());
        assertThat(report.allSections()).hasSize(4);
    }

    @Test
    void shouldAllowTopLevelNumberReusedAsSubsectionNumber() {
        report.addSection("1", "Top", null);
        ReportSection two = report.addSection("2", "Top 2", null);

        assertThat(two.addSubsection("1", "Sub", null).number()).isEqualTo("1");
    }

    @Test
    void shouldRequireSectionNumberAndHeading() {
        assertRejected(() -> report.addSection(" ", "h", null), "INVALID_REPORT");
        assertRejected(() -> report.addSection(null, "h", null), "INVALID_REPORT");
        assertRejected(() -> report.addSection("I", " ", null), "INVALID_REPORT");
        assertThat(report.allSections()).isEmpty();
    }

    @Test
    void shouldListTopLevelSectionsAndAllSectionsInDocumentOrder() {
        ReportSection one = report.addSection("I", "Chỉ đạo", null);
        ReportSection oneOne = one.addSubsection("1", "Kế hoạch", null);
        ReportSection two = report.addSection("II", "Kết quả", null);
        ReportSection twoOne = two.addSubsection("1", "Thể chế", null);
        ReportSection twoOneOne = twoOne.addSubsection("1.1", "Xây dựng", null);
        ReportSection three = report.addSection("III", "Phương hướng", null);

        assertThat(report.sections()).containsExactly(one, two, three);
        assertThat(report.allSections()).containsExactly(one, oneOne, two, twoOne, twoOneOne, three);
        assertThat(report.allSections()).extracting(ReportSection::position).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void shouldKeepItemsInOrderWithBulletFlag() {
        ReportSection one = report.addSection("I", "Chỉ đạo", null);

        ReportItem paragraph = one.addParagraph("  Ngay từ đầu năm, Sở đã ban hành kế hoạch. ");
        ReportItem bullet = one.addBullet("Kế hoạch số 64/KH-SKHCN");
        ReportItem second = one.addBullet("Quyết định số 5165/QĐ-UBND");

        assertThat(one.items()).containsExactly(paragraph, bullet, second);
        assertThat(one.items()).extracting(ReportItem::position).containsExactly(1, 2, 3);
        assertThat(one.items()).extracting(ReportItem::isBullet).containsExactly(false, true, true);
        assertThat(paragraph.text()).isEqualTo("Ngay từ đầu năm, Sở đã ban hành kế hoạch.");
        assertThat(paragraph.section()).isSameAs(one);
    }

    @Test
    void shouldRejectBlankItem() {
        ReportSection one = report.addSection("I", "Chỉ đạo", null);

        assertRejected(() -> one.addBullet("  "), "INVALID_REPORT");
        assertThat(one.items()).isEmpty();
    }

    @Test
    void shouldCiteDocumentsOnceEach() {
        Document plan = new Document(DocumentNumber.parse("64/KH-SKHCN"), DocumentKind.PLAN, null, department, null);
        Document decision = new Document(DocumentNumber.parse("5165/QĐ-UBND"), DocumentKind.DECISION, null, committee, null);
        ReportSection one = report.addSection("I", "Chỉ đạo", null);
        ReportItem item = one.addBullet("Kế hoạch số 64/KH-SKHCN");

        item.cites(plan, decision).cites(plan);
        one.cites(decision).cites(decision);

        assertThat(item.documents()).containsExactly(plan, decision);
        assertThat(one.documents()).containsExactly(decision);
    }

    @Test
    void shouldStateObservationsOfItsOwnReport() {
        ReportItem item = report.addSection("II", "Kết quả", null).addBullet("28/28 TTHC được công khai");
        Observation own = Observation.reported(report, publicised, department, ObservedValue.ratio(Ratio.of(28, 28)),
                Breakdown.total());

        item.states(own).states(own);

        assertThat(item.observations()).containsExactly(own);
    }

    @Test
    void shouldRejectObservationOfAnotherReport() {
        Report other = new Report(department, Q1, "Báo cáo khác");
        ReportItem item = report.addSection("II", "Kết quả", null).addBullet("28/28 TTHC được công khai");
        Observation foreign = Observation.reported(other, publicised, department, ObservedValue.ratio(Ratio.of(28, 28)),
                Breakdown.total());

        assertRejected(() -> item.states(foreign), "INVALID_REPORT");
        assertThat(item.observations()).isEmpty();
    }

    @Test
    void shouldRejectComputedObservation() {
        ReportItem item = report.addSection("II", "Kết quả", null).addBullet("28/28 TTHC được công khai");
        Observation computed = Observation.computed(publicised, department, Q1, ObservedValue.ratio(Ratio.of(28, 28)),
                Breakdown.total());

        assertRejected(() -> item.states(computed), "INVALID_REPORT");
    }

    @Test
    void shouldSendToRecipientsInOrder() {
        report.sendTo(new Recipient("Sở Nội vụ", null));
        report.sendTo(new Recipient(" Lưu: VT ", null));

        assertThat(report.recipients()).extracting(Recipient::text).containsExactly("Sở Nội vụ", "Lưu: VT");
    }

    @Test
    void shouldRequireRecipientTextAndSignerFields() {
        assertRejected(() -> new Recipient(" ", null), "INVALID_REPORT");
        assertRejected(() -> new Signer(" ", "Giám đốc"), "INVALID_REPORT");
        assertRejected(() -> new Signer("Nguyễn Văn A", null), "INVALID_REPORT");
    }

    @Test
    void shouldRequireSignerToSubmit() {
        assertRejected(() -> report.submit(null), "REPORT_UNSIGNED");
        assertThat(report.status()).isEqualTo(ReportStatus.DRAFT);
    }

    @Test
    void shouldSubmitSignedReport() {
        submitted();

        assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(report.signer()).containsSame(director);
    }

    @Test
    void shouldRejectSubmittingTwice() {
        submitted();

        assertRejected(() -> report.submit(null), "INVALID_REPORT_STATUS");
    }

    @Test
    void shouldLockSubmittedReport() {
        ReportSection one = report.addSection("I", "Chỉ đạo", null);
        ReportItem item = one.addBullet("x");
        submitted();

        assertRejected(() -> report.addSection("II", "Kết quả", null), "REPORT_LOCKED");
        assertRejected(() -> one.addSubsection("1", "x", null), "REPORT_LOCKED");
        assertRejected(() -> one.addBullet("y"), "REPORT_LOCKED");
        assertRejected(() -> one.addParagraph("y"), "REPORT_LOCKED");
        assertRejected(() -> report.head("56/SKHCN-VP", null, null, null), "REPORT_LOCKED");
        assertRejected(() -> report.signedBy(new Signer("B", "Phó Giám đốc")), "REPORT_LOCKED");
        assertRejected(() -> report.sendTo(new Recipient("Sở Nội vụ", null)), "REPORT_LOCKED");
        assertRejected(() -> item.cites(new Document(DocumentNumber.parse("17"), DocumentKind.DIRECTIVE, null, committee, null)),
                "REPORT_LOCKED");
        assertRejected(() -> one.cites(), "REPORT_LOCKED");
        assertThat(report.allSections()).hasSize(1);
        assertThat(one.items()).hasSize(1);
        assertThat(report.printedNumber()).isEmpty();
    }

    @Test
    void shouldRequireReasonToReturnForRevision() {
        submitted();

        assertRejected(() -> report.returnForRevision("  "), "INVALID_REPORT");
        assertRejected(() -> report.returnForRevision(null), "INVALID_REPORT");
        assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void shouldMakeReturnedReportEditableAgain() {
        submitted();

        report.returnForRevision(" Thiếu số liệu hồ sơ trực tuyến ");

        assertThat(report.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(report.returnReason()).contains("Thiếu số liệu hồ sơ trực tuyến");
        ReportSection added = report.addSection("II", "Kết quả", null);
        added.addBullet("4/9 hồ sơ nộp trực tuyến");
        assertThat(report.sections()).containsExactly(added);
    }

    @Test
    void shouldClearReturnReasonOnResubmission() {
        submitted();
        report.returnForRevision("Thiếu số liệu");

        report.submit(null);

        assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(report.returnReason()).isEmpty();
    }

    @Test
    void shouldReturnOnlySubmittedReport() {
        assertRejected(() -> report.returnForRevision("x"), "INVALID_REPORT_STATUS");
    }

    @Test
    void shouldApproveSubmittedReportAndLockIt() {
        ReportSection one = report.addSection("I", "Chỉ đạo", null);
        submitted();

        report.approve();

        assertThat(report.status()).isEqualTo(ReportStatus.APPROVED);
        assertRejected(() -> one.addBullet("y"), "REPORT_LOCKED");
        assertRejected(() -> report.returnForRevision("x"), "INVALID_REPORT_STATUS");
        assertRejected(() -> report.submit(null), "INVALID_REPORT_STATUS");
        assertRejected(report::approve, "INVALID_REPORT_STATUS");
    }

    @Test
    void shouldApproveOnlyFromSubmitted() {
        assertRejected(report::approve, "INVALID_REPORT_STATUS");
        assertThat(report.status()).isEqualTo(ReportStatus.DRAFT);

        submitted();
        report.returnForRevision("x");

        assertRejected(report::approve, "INVALID_REPORT_STATUS");
        assertThat(report.status()).isEqualTo(ReportStatus.RETURNED);
    }

    @Test
    void shouldTellEditableStatuses() {
        assertThat(ReportStatus.DRAFT.isEditable()).isTrue();
        assertThat(ReportStatus.RETURNED.isEditable()).isTrue();
        assertThat(ReportStatus.SUBMITTED.isEditable()).isFalse();
        assertThat(ReportStatus.APPROVED.isEditable()).isFalse();
    }

    @Test
    void shouldCountOnlyWhatHomeAffairsReceivedAndKeeps() {
        assertThat(java.util.Arrays.stream(ReportStatus.values()).filter(ReportStatus::isCounted))
                .containsExactly(ReportStatus.SUBMITTED, ReportStatus.APPROVED);
    }

    @Test
    void shouldNotLetCollectionsBeEditedFromOutside() {
        ReportSection one = report.addSection("I", "Chỉ đạo", null);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> report.allSections().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> report.sections().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> one.items().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void shouldCorrectAnApprovedReportWithANewRevisionThatSupersedesItOnceApproved() {
        report.head("56/SKHCN-VP", "Nghệ An", null, null);
        report.sendTo(new Recipient("Sở Nội vụ", null));
        ReportSection one = report.addSection("I", "Chỉ đạo", ReformArea.DIRECTION_AND_MANAGEMENT);
        one.addBullet("Ban hành kế hoạch");
        one.addSubsection("1", "Thể chế", null).addParagraph("Rà soát văn bản");
        assertRejected(() -> Report.revisionOf(report), "INVALID_REPORT_STATUS");
        submitted();
        report.approve();

        Report correction = Report.revisionOf(report);

        assertThat(correction.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(correction.revision()).isEqualTo(2);
        assertThat(correction.revises()).containsSame(report);
        assertThat(correction.printedNumber()).contains("56/SKHCN-VP");
        assertThat(correction.recipients()).extracting(Recipient::text).containsExactly("Sở Nội vụ");
        assertThat(correction.allSections()).extracting(ReportSection::number).containsExactly("I", "1");
        assertThat(correction.sections().get(0).subsections().get(0).items()).extracting(ReportItem::text)
                .containsExactly("Rà soát văn bản");
        assertThat(report.status()).isEqualTo(ReportStatus.APPROVED);
        correction.submit(null);
        correction.approve();
        assertThat(correction.status()).isEqualTo(ReportStatus.APPROVED);
        assertThat(report.status()).isEqualTo(ReportStatus.SUPERSEDED);
        assertRejected(() -> report.retitle("Sửa"), "REPORT_LOCKED");
    }

    @Test
    void shouldRewriteTheOutlineAndRecipientsOfADraftOnly() {
        report.addSection("I", "Chỉ đạo", null).addBullet("a");
        report.clearOutline();
        report.addSection("I", "Chỉ đạo, điều hành", null);
        assertThat(report.allSections()).extracting(ReportSection::heading).containsExactly("Chỉ đạo, điều hành");
        report.replaceRecipients(java.util.List.of(new Recipient("UBND tỉnh", null)));
        report.retitle(" Báo cáo mới ");
        assertThat(report.title()).isEqualTo("Báo cáo mới");
        submitted();
        assertRejected(report::clearOutline, "REPORT_LOCKED");
        assertRejected(() -> report.replaceRecipients(java.util.List.of()), "REPORT_LOCKED");
        assertRejected(() -> Observation.reported(report, publicised, department, ObservedValue.ratio(Ratio.of(1, 2)),
                Breakdown.total()), "REPORT_LOCKED");
    }

    @Test
    void shouldStartADraftOnlyForAUnitOpenDuringThePeriodAndWithoutAReportOnIt() {
        Report draft = Report.create(department, Q1, "Báo cáo quý I", List.of());
        assertThat(draft.status()).isEqualTo(ReportStatus.DRAFT);
        assertRejected(() -> Report.create(department, Q1, "Lại", List.of(draft)), "DUPLICATE_REPORT");
        Unit later = new Unit("NA-SMOI", "Sở mới", null, UnitKind.DEPARTMENT, committee, LocalDate.of(2022, 4, 1));
        assertRejected(() -> Report.create(later, Q1, "Quá sớm", List.of()), "UNIT_CLOSED");
    }

    @Test
    void shouldBeDatedInOrAfterItsPeriod() {
        Report.requireIssuedInPeriod(Q1, null);
        Report.requireIssuedInPeriod(Q1, Q1.startDate());
        assertRejected(() -> Report.requireIssuedInPeriod(Q1, Q1.startDate().minusDays(1)), "INVALID_DATE");
    }

    @Test
    void shouldNestSectionsThreeLevelsAsReportsNumberThem() {
        ReportSection.requireDepth(3); // I, 1, 1.1: the seed report's 5.1
        assertRejected(() -> ReportSection.requireDepth(4), "INVALID_REPORT");
    }
}
