package vn.cchc.sampledata.demo;

import static vn.cchc.domain.indicator.StandardIndicators.COMPLAINTS_RECEIVED;
import static vn.cchc.domain.indicator.StandardIndicators.DOSSIERS_LATE;
import static vn.cchc.domain.indicator.StandardIndicators.DOSSIERS_ONLINE;
import static vn.cchc.domain.indicator.StandardIndicators.DOSSIERS_RECEIVED;
import static vn.cchc.domain.indicator.StandardIndicators.DOSSIERS_RESOLVED;
import static vn.cchc.domain.indicator.StandardIndicators.PROCEDURES_ONLINE_FULL;
import static vn.cchc.domain.indicator.StandardIndicators.PROCEDURES_ONLINE_LEVEL3;
import static vn.cchc.domain.indicator.StandardIndicators.PROCEDURES_PUBLICISED;
import static vn.cchc.domain.indicator.StandardIndicators.PROCEDURES_TOTAL;
import static vn.cchc.domain.indicator.StandardIndicators.PUBLIC_SERVICE_UNITS;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import vn.cchc.domain.area.ReformArea;
import vn.cchc.domain.document.Document;
import vn.cchc.domain.document.DocumentKind;
import vn.cchc.domain.document.DocumentNumber;
import vn.cchc.domain.document.DocumentRepository;
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
import vn.cchc.domain.indicator.Breakdown;
import vn.cchc.domain.indicator.Indicator;
import vn.cchc.domain.indicator.IndicatorRepository;
import vn.cchc.domain.indicator.Observation;
import vn.cchc.domain.indicator.ObservationRepository;
import vn.cchc.domain.indicator.ObservedValue;
import vn.cchc.domain.indicator.Ratio;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.procedure.AdministrativeProcedure;
import vn.cchc.domain.procedure.OnlineService;
import vn.cchc.domain.report.Recipient;
import vn.cchc.domain.report.Report;
import vn.cchc.domain.report.ReportRepository;
import vn.cchc.domain.report.ReportSection;
import vn.cchc.domain.report.Signer;
import vn.cchc.domain.unit.Unit;

/**
 * The quarterly CCHC report of every department, in the outline real reports follow, stating the standard
 * indicators. The figures come from the dossier records, but a quarter of the reports were, as real ones often
 * are, compiled some days before the quarter closed and projected to its end: their dossier figures are off by a
 * few percent. Reports of the last quarter are submitted and await approval; a few older ones were never approved. A
 * dozen reports carry one contradiction each on purpose, {@link PlantedContradictions}, for the data-quality rules.
 */
final class QuarterlyReports {

    private static final double PROJECTED = 0.25;
    private static final double PROJECTION_ERROR = 0.03;
    private static final double NEVER_APPROVED = 0.05;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private static final List<String> STATED = List.of(PROCEDURES_TOTAL, PROCEDURES_PUBLICISED, PROCEDURES_ONLINE_LEVEL3, PROCEDURES_ONLINE_FULL,
            DOSSIERS_RECEIVED, DOSSIERS_RESOLVED, DOSSIERS_ONLINE, DOSSIERS_LATE, COMPLAINTS_RECEIVED, PUBLIC_SERVICE_UNITS);

    private final SplittableRandom random;
    private final ReportRepository reports;
    private final ObservationRepository observations;
    private final DocumentRepository documents;
    /** Looked up once: a query per observation would flush the persistence context each time. */
    private final Map<String, Indicator> indicators = new HashMap<>();
    private int reportCount;
    private int observationCount;

    QuarterlyReports(SplittableRandom random, ReportRepository reports, ObservationRepository observations,
                     IndicatorRepository indicatorRepository, DocumentRepository documents) {
        this.random = random;
        this.documents = documents;
        this.reports = reports;
        this.observations = observations;
        for (String code : STATED) {
            indicators.put(code, indicatorRepository.findByCode(code).orElseThrow(
                    () -> new IllegalStateException("the standard indicator " + code + " is missing")));
        }
    }

    /** Writes one report per department and quarter; Home Affairs receives them, and reports itself to the committee. */
    void write(List<DemoDepartment> departments, Tally tally, Period first, int quarters, Unit committee) {
        Unit homeAffairs = departments.get(0).unit();
        for (int d = 0; d < departments.size(); d++) {
            DemoDepartment department = departments.get(d);
            Period period = first;
            for (int q = 0; q < quarters; q++) {
                boolean last = q == quarters - 1;
                Recipient recipient = department.unit() == homeAffairs
                        ? new Recipient("Ủy ban nhân dân tỉnh", committee)
                        : new Recipient("Sở Nội vụ", homeAffairs);
                Optional<PlantedContradictions.Plant> plant = PlantedContradictions.at(d, q);
                Figures figures = figures(department, tally, d, q, period);
                write(department, period, plant.map(p -> planted(p, figures)).orElse(figures), recipient, last, plant);
                period = period.next();
            }
        }
    }

    int reportCount() {
        return reportCount;
    }

    int observationCount() {
        return observationCount;
    }

    /** The figures as the report states them. */
    private record Figures(long procedures, long publicised, long onlineLevel3, long onlineFull, long received, long resolved,
                           long online, long late, long complaints, long serviceUnits) {
    }

    private Figures figures(DemoDepartment department, Tally tally, int d, int q, Period period) {
        List<AdministrativeProcedure> procedures = department.procedures();
        LocalDate end = period.endDate();
        long onlineLevel3 = procedures.stream().filter(p -> p.onlineServiceOn(end)
                .filter(s -> s == OnlineService.PARTIAL || s == OnlineService.FULL).isPresent()).count();
        long onlineFull = procedures.stream().filter(p -> p.onlineServiceOn(end).filter(s -> s == OnlineService.FULL).isPresent()).count();
        // in 2022 some departments had not yet publicised every procedure on the portal
        long notPublicised = period.year() == 2022 && procedures.size() > 2 && random.nextDouble() < 0.3 ? 1 + random.nextInt(2) : 0;
        long received = tally.received(d, q);
        long resolved = tally.resolved(d, q);
        long online = tally.online(d, q);
        long late = tally.late(d, q);
        if (random.nextDouble() < PROJECTED) {
            received = projected(received);
            resolved = projected(resolved);
            online = Math.min(projected(online), received);
            late = Math.min(projected(late), resolved);
        }
        long complaints = received / 4_000 + (random.nextDouble() < 0.25 ? 1 : 0);
        return new Figures(procedures.size(), procedures.size() - notPublicised, onlineLevel3, onlineFull, received, resolved, online,
                late, complaints, department.spec().serviceUnits().size());
    }

    /** Within {@link #PROJECTION_ERROR} of the count, never further: rounded towards it. */
    private long projected(long counted) {
        return counted + (long) (counted * PROJECTION_ERROR * (2 * random.nextDouble() - 1));
    }

    /** The figures with the plant's contradiction in them; those written beside the figures are in {@link #write}. */
    private static Figures planted(PlantedContradictions.Plant plant, Figures f) {
        return switch (plant.rule()) {
            case ListedUnitsMismatch.CODE -> new Figures(f.procedures(), f.publicised(), f.onlineLevel3(), f.onlineFull(), f.received(),
                    f.resolved(), f.online(), f.late(), f.complaints(), f.serviceUnits() + 1);
            case LateAboveResolved.CODE -> new Figures(f.procedures(), f.publicised(), f.onlineLevel3(), f.onlineFull(), f.received(),
                    f.resolved(), f.online(), f.resolved() + 5, f.complaints(), f.serviceUnits());
            case ProceduresOnlineAboveTotal.CODE -> new Figures(f.procedures(), f.publicised(), f.onlineLevel3(), f.procedures() + 2,
                    f.received(), f.resolved(), f.online(), f.late(), f.complaints(), f.serviceUnits());
            case JumpFromPrevious.CODE -> new Figures(f.procedures() * 10, f.publicised(), f.onlineLevel3(), f.onlineFull(), f.received(),
                    f.resolved(), f.online(), f.late(), f.complaints(), f.serviceUnits());
            case CountFell.CODE -> new Figures(f.procedures(), f.publicised(), f.onlineLevel3(), 0, f.received(), f.resolved(), f.online(),
                    f.late(), f.complaints(), f.serviceUnits());
            case NoLateClaimContradicted.CODE -> new Figures(f.procedures(), f.publicised(), f.onlineLevel3(), f.onlineFull(), f.received(),
                    f.resolved(), f.online(), 0, f.complaints(), f.serviceUnits());
            case RecordsDisagree.CODE -> new Figures(f.procedures(), f.publicised(), f.onlineLevel3(), f.onlineFull(),
                    f.received() + f.received() / 5, f.resolved(), f.online(), f.late(), f.complaints(), f.serviceUnits());
            default -> f;
        };
    }

    private void write(DemoDepartment department, Period period, Figures f, Recipient recipient, boolean lastQuarter,
                       Optional<PlantedContradictions.Plant> plant) {
        String planted = plant.map(PlantedContradictions.Plant::rule).orElse("");
        Unit unit = department.unit();
        Catalogue.Department spec = department.spec();
        Report report = new Report(unit, period, "Công tác cải cách hành chính " + period.labelVi());
        reports.add(report);
        reportCount++;
        // dated and sent by the 20th, the due day of Công văn 581/BNV-CCHC
        LocalDate issuedOn = period.endDate().withDayOfMonth(15 + random.nextInt(6));
        int number = (period.number() - 1) * 90 + 1 + random.nextInt(89);
        report.head(number + "/BC-" + spec.symbol(), Catalogue.PLACE, "ngày " + issuedOn.getDayOfMonth() + " tháng "
                + issuedOn.getMonthValue() + " năm " + issuedOn.getYear(), issuedOn);
        report.signedBy(new Signer(spec.signer(), spec.headTitle()));
        report.sendTo(recipient);
        report.sendTo(new Recipient("Lưu: VT", null));

        Observation total = observe(report, unit, PROCEDURES_TOTAL, ObservedValue.count(f.procedures()));
        Observation publicised = observe(report, unit, PROCEDURES_PUBLICISED, ratio(f.publicised(), f.procedures()));
        Observation level3 = observe(report, unit, PROCEDURES_ONLINE_LEVEL3, ratio(f.onlineLevel3(), f.procedures()));
        Observation full = observe(report, unit, PROCEDURES_ONLINE_FULL, ratio(f.onlineFull(), Math.max(f.onlineFull(), f.procedures())));
        Observation received = observe(report, unit, DOSSIERS_RECEIVED, ObservedValue.count(f.received()));
        Observation resolved = observe(report, unit, DOSSIERS_RESOLVED, ObservedValue.count(f.resolved()));
        // a share of no dossier is no figure: a window without dossiers states none
        Optional<Observation> online = planted.equals(OnlineAboveReceived.CODE)
                ? Optional.of(observe(report, unit, DOSSIERS_ONLINE, ratio(f.received() + 3, f.received() + 3)))
                : Ratio.ifDefined(f.online(), f.received()).map(r -> observe(report, unit, DOSSIERS_ONLINE, ObservedValue.ratio(r)));
        Observation late = observe(report, unit, DOSSIERS_LATE, ObservedValue.count(f.late()));
        Observation complaints = observe(report, unit, COMPLAINTS_RECEIVED, ObservedValue.count(f.complaints()));
        Observation serviceUnits = observe(report, unit, PUBLIC_SERVICE_UNITS, ObservedValue.count(f.serviceUnits()));

        report.addSection("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", ReformArea.DIRECTION_AND_MANAGEMENT)
                .addParagraph("Trong " + period.labelVi() + ", " + spec.shortName() + " tiếp tục triển khai Kế hoạch cải cách"
                        + " hành chính năm " + period.year() + ", gắn nhiệm vụ cải cách hành chính với nhiệm vụ chuyên môn"
                        + " của từng phòng, đơn vị.");
        ReportSection results = report.addSection("II", "KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH", null);
        ReportSection procedures = results.addSubsection("1", "Cải cách thủ tục hành chính", ReformArea.ADMINISTRATIVE_PROCEDURE_REFORM);
        procedures.addBullet("Tổng số thủ tục hành chính thuộc thẩm quyền giải quyết: " + vi(f.procedures()) + " thủ tục; đã công khai"
                + " đầy đủ " + f.publicised() + "/" + f.procedures() + " thủ tục trên Cổng dịch vụ công và tại Bộ phận một cửa.")
                .states(total, publicised);
        procedures.addBullet("Tiếp nhận " + vi(f.received()) + " hồ sơ, đã giải quyết " + vi(f.resolved())
                + " hồ sơ, trong đó trả kết quả trễ hạn " + vi(f.late()) + " hồ sơ.").states(received, resolved, late);
        if (planted.equals(BreakdownNotAddingUp.CODE)) {
            long renewals = f.received() - f.received() / 2 + 7;
            Observation fresh = observe(report, unit, DOSSIERS_RECEIVED, ObservedValue.count(f.received() / 2),
                    Breakdown.of("DOSSIER_KIND", "NEW", "cấp mới"));
            Observation renewed = observe(report, unit, DOSSIERS_RECEIVED, ObservedValue.count(renewals),
                    Breakdown.of("DOSSIER_KIND", "RENEWAL_OR_AMENDMENT", "gia hạn, điều chỉnh"));
            procedures.addBullet("Trong đó: cấp mới " + vi(f.received() / 2) + " hồ sơ; gia hạn, điều chỉnh " + vi(renewals) + " hồ sơ.")
                    .states(fresh, renewed);
        }
        if (planted.equals(NoLateClaimContradicted.CODE)) {
            procedures.addBullet("Trong quý, không có hồ sơ nào giải quyết trễ hạn.");
        }
        if (planted.equals(DocumentAfterReport.CODE)) {
            Document decision = new Document(DocumentNumber.parse(number + "/QĐ-" + spec.symbol()), DocumentKind.DECISION,
                    LocalDate.of(period.year() + 1, 1, 10), unit, "về kiện toàn Tổ công tác cải cách hành chính");
            documents.add(decision);
            procedures.addBullet("Ban hành Quyết định kiện toàn Tổ công tác cải cách hành chính của " + spec.shortName() + ".")
                    .cites(decision);
        }
        procedures.addBullet("Tiếp nhận " + vi(f.complaints()) + " đơn thư, phản ánh, kiến nghị về việc tiếp nhận và xử lý"
                + " thủ tục hành chính.").states(complaints);
        results.addSubsection("2", "Cải cách tài chính công", ReformArea.PUBLIC_FINANCE_REFORM)
                .addBullet(f.serviceUnits() == 0 ? "Không có đơn vị sự nghiệp công lập trực thuộc."
                        : "Số đơn vị sự nghiệp công lập trực thuộc: " + f.serviceUnits() + " đơn vị, thực hiện cơ chế tự chủ"
                        + " tài chính theo Nghị định số 60/2021/NĐ-CP.")
                .states(serviceUnits);
        ReportSection digital = results.addSubsection("3", "Xây dựng chính quyền điện tử, chính quyền số", ReformArea.E_GOVERNMENT);
        digital.addBullet("Cung cấp " + f.onlineLevel3() + "/" + f.procedures() + " thủ tục hành chính dưới hình thức dịch vụ công"
                + " trực tuyến mức độ 3 trở lên (toàn trình hoặc một phần).").states(level3);
        digital.addBullet("Trong đó, " + f.onlineFull() + "/" + f.procedures() + " thủ tục cung cấp dịch vụ công trực tuyến"
                + " toàn trình.").states(full);
        online.ifPresent(stated -> digital.addBullet("Hồ sơ nộp trực tuyến: " + vi(f.online()) + "/" + vi(f.received()) + " hồ sơ ("
                + percent(f.online(), f.received()) + ").").states(stated));
        report.addSection("III", "ĐÁNH GIÁ CHUNG", null)
                .addBullet(f.resolved() == 0 ? "Công tác cải cách hành chính được triển khai đúng kế hoạch."
                        : "Công tác cải cách hành chính được triển khai đúng kế hoạch; tỷ lệ hồ sơ giải quyết đúng hạn đạt "
                        + percent(f.resolved() - f.late(), f.resolved()) + ".");
        ReportSection next = report.addSection("IV", "PHƯƠNG HƯỚNG, NHIỆM VỤ CCHC " + period.next().labelVi().toUpperCase(VIETNAMESE), null);
        next.addBullet("Tiếp tục rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền giải quyết.");
        next.addBullet("Nâng tỷ lệ hồ sơ nộp trực tuyến và số thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình.");

        // drawn whatever the plant: a plant changes no other report
        boolean approved = !lastQuarter && random.nextDouble() >= NEVER_APPROVED;
        if (planted.equals(PeriodNotReported.CODE)) {
            return;
        }
        report.submit(planted.equals(ReportedAfterDue.CODE) ? period.endDate().withDayOfMonth(24) : issuedOn);
        if (approved) {
            report.approve();
        }
    }

    private Observation observe(Report report, Unit unit, String indicatorCode, ObservedValue value) {
        return observe(report, unit, indicatorCode, value, Breakdown.total());
    }

    private Observation observe(Report report, Unit unit, String indicatorCode, ObservedValue value, Breakdown slice) {
        Observation observation = Observation.reported(report, indicators.get(indicatorCode), unit, value, slice);
        observations.add(observation);
        observationCount++;
        return observation;
    }

    private static ObservedValue ratio(long numerator, long denominator) {
        return ObservedValue.ratio(Ratio.of(numerator, denominator));
    }

    /** 1.234.567, as Vietnamese texts print numbers. */
    private static String vi(long n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', '.');
    }

    /** 37,5%. */
    private static String percent(long part, long whole) {
        return String.format(Locale.ROOT, "%.1f", part * 100.0 / whole).replace('.', ',') + "%";
    }
}
