package vn.cchc.domain.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.domain.indicator.StandardIndicators.DOSSIERS_LATE;
import static vn.cchc.domain.indicator.StandardIndicators.DOSSIERS_ONLINE;
import static vn.cchc.domain.indicator.StandardIndicators.DOSSIERS_RECEIVED;
import static vn.cchc.domain.indicator.StandardIndicators.DOSSIERS_RESOLVED;
import static vn.cchc.domain.indicator.StandardIndicators.ISO_9001_2015_ADOPTION;
import static vn.cchc.domain.indicator.StandardIndicators.PROCEDURES_ONLINE_FULL;
import static vn.cchc.domain.indicator.StandardIndicators.PROCEDURES_ONLINE_LEVEL3;
import static vn.cchc.domain.indicator.StandardIndicators.PROCEDURES_TOTAL;
import static vn.cchc.domain.indicator.StandardIndicators.PUBLIC_SERVICE_UNITS;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.cchc.domain.area.ReformArea;
import vn.cchc.domain.document.Document;
import vn.cchc.domain.document.DocumentKind;
import vn.cchc.domain.document.DocumentNumber;
import vn.cchc.domain.finding.rule.BreakdownNotAddingUp;
import vn.cchc.domain.finding.rule.CountFell;
import vn.cchc.domain.finding.rule.DocumentAfterReport;
import vn.cchc.domain.finding.rule.JumpFromPrevious;
import vn.cchc.domain.finding.rule.LateAboveResolved;
import vn.cchc.domain.finding.rule.ListedUnitsMismatch;
import vn.cchc.domain.finding.rule.NoLateClaimContradicted;
import vn.cchc.domain.finding.rule.OnlineAboveReceived;
import vn.cchc.domain.finding.rule.PeriodNotReported;
import vn.cchc.domain.finding.rule.ProceduresOnlineAboveTotal;
import vn.cchc.domain.finding.rule.RecordsDisagree;
import vn.cchc.domain.finding.rule.ReportedAfterDue;
import vn.cchc.domain.finding.rule.StatedPercentMismatch;
import vn.cchc.domain.indicator.Breakdown;
import vn.cchc.domain.indicator.Observation;
import vn.cchc.domain.indicator.ObservedValue;
import vn.cchc.domain.indicator.Ratio;
import vn.cchc.domain.ingestion.ReportExtractor;
import vn.cchc.domain.ingestion.ReportIngestion;
import vn.cchc.domain.ingestion.ReportText;
import vn.cchc.domain.ingestion.SourceFormat;
import vn.cchc.domain.ingestion.SourceText;
import vn.cchc.domain.statistics.DossierCounts;

/** Each rule on a case it passes and one it fails, and the catalogue's codes. */
class FindingRulesTest {

    private final Cases c = new Cases();

    private static List<Detection> run(FindingRule rule, FindingCase of) {
        return rule.evaluate(of);
    }

    @Test
    void shouldNameEveryRuleOnceWithACodeAndBothLanguages() {
        assertThat(FindingRules.ALL).extracting(FindingRule::code).doesNotHaveDuplicates().allMatch(code -> code.matches("[A-Z_]+"));
        assertThat(FindingRules.ALL).allSatisfy(r -> {
            assertThat(r.descriptionVi()).isNotBlank().isNotEqualTo(r.descriptionEn());
            assertThat(r.descriptionEn()).isNotBlank();
            assertThat(FindingRules.byCode(r.code())).containsSame(r);
        });
    }

    @Test
    void shouldFindNothingInAReportThatAgreesWithItselfAndTheRecords() {
        c.serviceUnit("TT1");
        c.count(PUBLIC_SERVICE_UNITS, 1);
        c.count(PROCEDURES_TOTAL, 28);
        c.ratio(PROCEDURES_ONLINE_LEVEL3, 12, 28);
        c.count(DOSSIERS_RECEIVED, 9);
        c.count(DOSSIERS_RECEIVED, 4, Breakdown.of("FIELD", "A", "lĩnh vực A"));
        c.count(DOSSIERS_RECEIVED, 5, Breakdown.of("FIELD", "B", "lĩnh vực B"));
        c.count(DOSSIERS_RESOLVED, 9);
        c.ratio(DOSSIERS_ONLINE, 4, 9);
        c.count(DOSSIERS_LATE, 0);
        c.before(DOSSIERS_RECEIVED, ObservedValue.count(8));
        c.report.addSection("I", "KẾT QUẢ", ReformArea.ADMINISTRATIVE_PROCEDURE_REFORM)
                .addBullet("Không có hồ sơ trễ hạn.");
        c.records(new DossierCounts(0, 9, 0, 9, 0, 0, 0, 0, 0, 4));

        assertThat(FindingRules.evaluate(c.sent())).isEmpty();
    }

    @Nested
    class ListedUnits {

        @Test
        void shouldFindFiveReportedAgainstFourListed() {
            c.serviceUnit("TTUD");
            c.serviceUnit("TTTT");
            c.serviceUnit("TTKT");
            c.serviceUnit("TTXH");
            Observation five = c.count(PUBLIC_SERVICE_UNITS, 5);

            List<Detection> found = run(new ListedUnitsMismatch(), c.sent());

            assertThat(found).singleElement().satisfies(d -> {
                assertThat(d.rule().code()).isEqualTo("LISTED_UNITS_MISMATCH");
                assertThat(d.subject()).isEqualTo(PUBLIC_SERVICE_UNITS);
                assertThat(d.messageVi()).contains("5").contains("4");
                assertThat(d.evidence()).extracting(Evidence::kind).containsExactly(EvidenceKind.OBSERVATION, EvidenceKind.UNIT,
                        EvidenceKind.UNIT, EvidenceKind.UNIT, EvidenceKind.UNIT);
                assertThat(d.evidence()).extracting(Evidence::reference).contains("TTUD", "TTTT", "TTKT", "TTXH");
                assertThat(d.evidence().get(0).text()).contains(five.value().toString());
            });
        }

        @Test
        void shouldPassWhenTheCountMatchesOrIsNotGiven() {
            c.serviceUnit("TTUD");
            assertThat(run(new ListedUnitsMismatch(), new Cases().sent())).as("no count given").isEmpty();
            c.count(PUBLIC_SERVICE_UNITS, 1);
            assertThat(run(new ListedUnitsMismatch(), c.sent())).isEmpty();
        }
    }

    @Nested
    class Breakdowns {

        @Test
        void shouldFindSlicesThatDoNotAddUpOnEachLevel() {
            c.count(DOSSIERS_RECEIVED, 9);
            Breakdown atomic = Breakdown.of("FIELD", "NLNT", "năng lượng nguyên tử");
            c.count(DOSSIERS_RECEIVED, 4, atomic);
            c.count(DOSSIERS_RECEIVED, 6, Breakdown.of("FIELD", "TCDL", "tiêu chuẩn đo lường"));
            c.count(DOSSIERS_RECEIVED, 1, atomic.and("DOSSIER_KIND", "NEW", "cấp mới"));
            c.count(DOSSIERS_RECEIVED, 2, atomic.and("DOSSIER_KIND", "RENEWAL", "gia hạn"));

            List<Detection> found = run(new BreakdownNotAddingUp(), c.sent());

            assertThat(found).extracting(Detection::messageEn).containsExactlyInAnyOrder(
                    "Dossiers received: 9, but its slices by FIELD add up to 10",
                    "Dossiers received: 4, but its slices by DOSSIER_KIND add up to 3");
            assertThat(found.get(0).evidence()).hasSize(3);
        }

        @Test
        void shouldPassWhenSlicesAddUp() {
            c.count(DOSSIERS_RECEIVED, 9);
            c.count(DOSSIERS_RECEIVED, 4, Breakdown.of("FIELD", "A", null));
            c.count(DOSSIERS_RECEIVED, 5, Breakdown.of("FIELD", "B", null));
            assertThat(run(new BreakdownNotAddingUp(), c.sent())).isEmpty();
        }
    }

    @Nested
    class PartsAboveWholes {

        @Test
        void shouldFindMoreLateThanResolved() {
            c.count(DOSSIERS_RESOLVED, 9);
            c.count(DOSSIERS_LATE, 10);
            assertThat(run(new LateAboveResolved(), c.sent())).singleElement()
                    .satisfies(d -> assertThat(d.messageEn()).isEqualTo(
                            "Dossiers whose results were returned late: 10, more than dossiers resolved: 9"));
        }

        @Test
        void shouldFindMoreOnlineThanReceived() {
            c.count(DOSSIERS_RECEIVED, 9);
            c.ratio(DOSSIERS_ONLINE, 12, 12);
            assertThat(run(new OnlineAboveReceived(), c.sent())).singleElement()
                    .satisfies(d -> assertThat(d.evidence()).hasSize(2));
        }

        @Test
        void shouldFindMoreProceduresOnlineThanInTotal() {
            c.count(PROCEDURES_TOTAL, 28);
            c.ratio(PROCEDURES_ONLINE_LEVEL3, 12, 28);
            c.ratio(PROCEDURES_ONLINE_FULL, 30, 30);
            assertThat(run(new ProceduresOnlineAboveTotal(), c.sent())).extracting(Detection::subject)
                    .containsExactly(PROCEDURES_ONLINE_FULL);
        }

        @Test
        void shouldPassWhenPartsFitOrTheWholeIsNotGiven() {
            c.count(DOSSIERS_RESOLVED, 9);
            c.count(DOSSIERS_LATE, 9);
            c.ratio(DOSSIERS_ONLINE, 12, 12);
            FindingCase sent = c.sent();
            assertThat(run(new LateAboveResolved(), sent)).isEmpty();
            assertThat(run(new OnlineAboveReceived(), sent)).as("no received count").isEmpty();
        }
    }

    @Nested
    class NoLateClaim {

        @Test
        void shouldFindTheClaimAgainstTheFigureAndTheRecords() {
            c.count(DOSSIERS_RECEIVED, 9);
            c.count(DOSSIERS_LATE, 2);
            c.report.addSection("II", "KẾT QUẢ", null).addBullet("Trong quý, không có hồ sơ nào giải quyết quá hạn.");
            c.records(new DossierCounts(0, 9, 0, 6, 3, 0, 0, 0, 0, 4));

            List<Detection> found = run(new NoLateClaimContradicted(), c.sent());

            assertThat(found).singleElement().satisfies(d -> assertThat(d.evidence()).extracting(Evidence::kind)
                    .containsExactly(EvidenceKind.REPORT_ITEM, EvidenceKind.OBSERVATION, EvidenceKind.DOSSIER_COUNT));
        }

        @Test
        void shouldPassWithoutTheClaimOrWithoutLateDossiers() {
            c.count(DOSSIERS_LATE, 0);
            c.report.addSection("II", "KẾT QUẢ", null).addBullet("100% hồ sơ được giải quyết đúng hạn.");
            assertThat(run(new NoLateClaimContradicted(), c.sent())).as("nothing late").isEmpty();
            Cases other = new Cases();
            other.count(DOSSIERS_LATE, 3);
            other.report.addSection("II", "KẾT QUẢ", null).addBullet("Trả kết quả trễ hạn 3 hồ sơ.");
            assertThat(run(new NoLateClaimContradicted(), other.sent())).as("no claim").isEmpty();
        }
    }

    @Nested
    class CitedDocuments {

        private Document plan(String number, LocalDate on) {
            return new Document(DocumentNumber.parse(number), DocumentKind.PLAN, on, c.department, "Kế hoạch CCHC");
        }

        @Test
        void shouldFindADocumentDatedAfterTheReport() {
            c.report.head("12/BC-SKHCN", "Nghệ An", "ngày 15 tháng 3 năm 2022", LocalDate.of(2022, 3, 15));
            c.report.addSection("I", "CHỈ ĐẠO", null).cites(plan("56/KH-SKHCN", LocalDate.of(2022, 1, 26)))
                    .addBullet("Ban hành kế hoạch.").cites(plan("99/KH-SKHCN", LocalDate.of(2022, 4, 2)));
            assertThat(run(new DocumentAfterReport(), c.sent())).singleElement()
                    .satisfies(d -> assertThat(d.messageVi()).contains("99/KH-SKHCN").contains("2022-04-02").contains("2022-03-15"));
        }

        @Test
        void shouldDateAnUndatedReportByTheDayItWasSent() {
            c.report.addSection("I", "CHỈ ĐẠO", null).cites(plan("99/KH-SKHCN", LocalDate.of(2022, 3, 19)));
            assertThat(run(new DocumentAfterReport(), c.sent())).hasSize(1);
            Cases unknown = new Cases();
            unknown.sentOn = null;
            unknown.report.addSection("I", "CHỈ ĐẠO", null).cites(plan("99/KH-SKHCN", LocalDate.of(2022, 3, 19)));
            assertThat(run(new DocumentAfterReport(), unknown.sent())).as("no date known").isEmpty();
        }
    }

    @Nested
    class StatedPercent {

        @Test
        void shouldFindAPercentThatDoesNotRecomputeFromItsOwnCounts() {
            SourceText text = new SourceText(List.of("BÁO CÁO Công tác CCHC quý I năm 2022", "I. KẾT QUẢ",
                    "- Có 104.814/106.014 hồ sơ nộp trực tuyến, đạt 98,7%."));
            c.ingestion = Optional.of(ReportIngestion.propose(c.department, "reporter", Instant.parse("2022-03-10T01:00:00Z"),
                    "q1.txt", "x".getBytes(StandardCharsets.UTF_8), new ReportText(SourceFormat.TEXT, "UTF-8", text),
                    new ReportExtractor()));

            List<Detection> found = run(new StatedPercentMismatch(), c.sent());

            assertThat(found).singleElement().satisfies(d -> {
                assertThat(d.messageVi()).isEqualTo("Báo cáo ghi 98,7 % cho 104814/106014, tính lại là 98,87 %");
                assertThat(d.messageEn()).isEqualTo("The report states 98.7 % for 104814/106014, which is 98.87 %");
                assertThat(d.evidence().get(0).kind()).isEqualTo(EvidenceKind.SOURCE_TEXT);
                assertThat(d.evidence().get(0).text()).contains("104.814/106.014");
            });
        }

        @Test
        void shouldPassAPercentThatRecomputesOrAReportNotTakenInFromAFile() {
            SourceText text = new SourceText(List.of("BÁO CÁO Công tác CCHC quý I năm 2022", "I. KẾT QUẢ",
                    "- Có 104.814/106.014 hồ sơ nộp trực tuyến, đạt 98,87%."));
            c.ingestion = Optional.of(ReportIngestion.propose(c.department, "reporter", Instant.parse("2022-03-10T01:00:00Z"),
                    "q1.txt", new byte[] {1}, new ReportText(SourceFormat.TEXT, "UTF-8", text), new ReportExtractor()));
            assertThat(run(new StatedPercentMismatch(), c.sent())).isEmpty();
            assertThat(run(new StatedPercentMismatch(), new Cases().sent())).isEmpty();
        }
    }

    @Nested
    class Records {

        @Test
        void shouldFindCountsAndRatesBeyondTheTolerance() {
            c.count(DOSSIERS_RECEIVED, 120);
            c.count(DOSSIERS_RESOLVED, 104);
            c.ratio(DOSSIERS_ONLINE, 60, 120);
            c.records(new DossierCounts(0, 100, 0, 100, 0, 0, 0, 0, 0, 40));

            List<Detection> found = run(new RecordsDisagree(), c.sent());

            assertThat(found).extracting(Detection::subject).containsExactly(DOSSIERS_RECEIVED, DOSSIERS_ONLINE);
            assertThat(found.get(0).messageEn()).isEqualTo("Dossiers received: reported 120.0, the records say 100.0 (off by 20, tolerance 5 %)");
            assertThat(found.get(1).evidence()).extracting(Evidence::kind).containsExactly(EvidenceKind.OBSERVATION, EvidenceKind.DOSSIER_COUNT);
        }

        @Test
        void shouldFollowTheConfiguredToleranceAndSkipUnitsWithoutRecords() {
            c.count(DOSSIERS_RECEIVED, 120);
            c.settings = new FindingSettings(25, 3, 20);
            c.records(new DossierCounts(0, 100, 0, 100, 0, 0, 0, 0, 0, 40));
            assertThat(run(new RecordsDisagree(), c.sent())).isEmpty();
            Cases none = new Cases();
            none.count(DOSSIERS_RECEIVED, 120);
            assertThat(run(new RecordsDisagree(), none.sent())).isEmpty();
        }
    }

    @Nested
    class History {

        @Test
        void shouldFindAJumpEitherWay() {
            c.count(DOSSIERS_RECEIVED, 950);
            c.before(DOSSIERS_RECEIVED, ObservedValue.count(95));
            c.count(DOSSIERS_RESOLVED, 30);
            c.before(DOSSIERS_RESOLVED, ObservedValue.count(100));
            assertThat(run(new JumpFromPrevious(), c.sent())).extracting(Detection::messageEn).containsExactly(
                    "Dossiers received rose 10 times: 95 → 950", "Dossiers resolved fell 3.3 times: 100 → 30");
        }

        @Test
        void shouldLetSmallCountsAndModestChangesBe() {
            c.count(DOSSIERS_RECEIVED, 12);
            c.before(DOSSIERS_RECEIVED, ObservedValue.count(0));
            c.count(DOSSIERS_RESOLVED, 250);
            c.before(DOSSIERS_RESOLVED, ObservedValue.count(100));
            assertThat(run(new JumpFromPrevious(), c.sent())).isEmpty();
        }

        @Test
        void shouldFindAFigureThatOnlyGrowsFalling() {
            c.ratio(PROCEDURES_ONLINE_FULL, 10, 28);
            c.before(PROCEDURES_ONLINE_FULL, ObservedValue.ratio(Ratio.of(12, 28)));
            c.before(ISO_9001_2015_ADOPTION, ObservedValue.percent(100));
            assertThat(run(new CountFell(), c.sent())).singleElement()
                    .satisfies(d -> assertThat(d.messageEn()).endsWith("fell from 12 to 10"));
        }

        @Test
        void shouldLetAGrowingFigureGrow() {
            c.ratio(PROCEDURES_ONLINE_FULL, 12, 30);
            c.before(PROCEDURES_ONLINE_FULL, ObservedValue.ratio(Ratio.of(12, 28)));
            assertThat(run(new CountFell(), c.sent())).isEmpty();
        }
    }

    @Nested
    class Calendar {

        @Test
        void shouldNoteAReportSentAfterItsDueDay() {
            c.sentOn = LocalDate.of(2022, 3, 21);
            assertThat(run(new ReportedAfterDue(), c.sent())).singleElement()
                    .satisfies(d -> assertThat(d.messageVi()).contains("2022-03-21").contains("2022-03-20"));
        }

        @Test
        void shouldPassAReportSentOnItsDueDayOrOnAnUnknownDay() {
            c.sentOn = LocalDate.of(2022, 3, 20);
            assertThat(run(new ReportedAfterDue(), c.sent())).isEmpty();
            Cases unknown = new Cases();
            unknown.sentOn = null;
            assertThat(run(new ReportedAfterDue(), unknown.sent())).isEmpty();
        }

        @Test
        void shouldFindAPeriodNotReportedOncePastDue() {
            assertThat(run(new PeriodNotReported(), c.nothingSent())).singleElement()
                    .satisfies(d -> assertThat(d.evidence()).extracting(Evidence::reference).containsExactly("NA-SKHCN"));
            c.today = LocalDate.of(2022, 3, 20);
            assertThat(run(new PeriodNotReported(), c.nothingSent())).as("not due yet").isEmpty();
            assertThat(run(new PeriodNotReported(), new Cases().sent())).as("sent").isEmpty();
            Cases never = new Cases();
            never.reporting = false;
            assertThat(run(new PeriodNotReported(), never.nothingSent())).as("a unit that never reports here").isEmpty();
        }
    }
}
