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
import java.util.Map;
import java.util.Locale;
import java.util.SplittableRandom;
import vn.cchc.domain.area.ReformArea;
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
 * few percent. Reports of the last quarter are submitted and await approval; a few older ones were never approved.
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
    /** Looked up once: a query per observation would flush the persistence context each time. */
    private final Map<String, Indicator> indicators = new HashMap<>();
    private int reportCount;
    private int observationCount;

    QuarterlyReports(SplittableRandom random, ReportRepository reports, ObservationRepository observations,
                     IndicatorRepository indicatorRepository) {
        this.random = random;
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
                write(department, period, figures(department, tally, d, q, period), recipient, last);
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

    private long projected(long counted) {
        return Math.round(counted * (1 + PROJECTION_ERROR * (2 * random.nextDouble() - 1)));
    }

    private void write(DemoDepartment department, Period period, Figures f, Recipient recipient, boolean lastQuarter) {
        Unit unit = department.unit();
        Catalogue.Department spec = department.spec();
        Report report = new Report(unit, period, "Công tác cải cách hành chính " + period.labelVi());
        reports.add(report);
        reportCount++;
        LocalDate issuedOn = period.endDate().withDayOfMonth(15 + random.nextInt(10));
        int number = (period.number() - 1) * 90 + 1 + random.nextInt(89);
        report.head(number + "/BC-" + spec.symbol(), Catalogue.PLACE, "ngày " + issuedOn.getDayOfMonth() + " tháng "
                + issuedOn.getMonthValue() + " năm " + issuedOn.getYear(), issuedOn);
        report.signedBy(new Signer(spec.signer(), spec.headTitle()));
        report.sendTo(recipient);
        report.sendTo(new Recipient("Lưu: VT", null));

        Observation total = observe(report, unit, PROCEDURES_TOTAL, ObservedValue.count(f.procedures()));
        Observation publicised = observe(report, unit, PROCEDURES_PUBLICISED, ratio(f.publicised(), f.procedures()));
        Observation level3 = observe(report, unit, PROCEDURES_ONLINE_LEVEL3, ratio(f.onlineLevel3(), f.procedures()));
        Observation full = observe(report, unit, PROCEDURES_ONLINE_FULL, ratio(f.onlineFull(), f.procedures()));
        Observation received = observe(report, unit, DOSSIERS_RECEIVED, ObservedValue.count(f.received()));
        Observation resolved = observe(report, unit, DOSSIERS_RESOLVED, ObservedValue.count(f.resolved()));
        Observation online = observe(report, unit, DOSSIERS_ONLINE, ratio(f.online(), f.received()));
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
        digital.addBullet("Hồ sơ nộp trực tuyến: " + vi(f.online()) + "/" + vi(f.received()) + " hồ sơ ("
                + percent(f.online(), f.received()) + ").").states(online);
        report.addSection("III", "ĐÁNH GIÁ CHUNG", null)
                .addBullet(f.resolved() == 0 ? "Công tác cải cách hành chính được triển khai đúng kế hoạch."
                        : "Công tác cải cách hành chính được triển khai đúng kế hoạch; tỷ lệ hồ sơ giải quyết đúng hạn đạt "
                        + percent(f.resolved() - f.late(), f.resolved()) + ".");
        ReportSection next = report.addSection("IV", "PHƯƠNG HƯỚNG, NHIỆM VỤ CCHC " + period.next().labelVi().toUpperCase(VIETNAMESE), null);
        next.addBullet("Tiếp tục rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền giải quyết.");
        next.addBullet("Nâng tỷ lệ hồ sơ nộp trực tuyến và số thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình.");

        report.submit();
        if (!lastQuarter && random.nextDouble() >= NEVER_APPROVED) {
            report.approve();
        }
    }

    private Observation observe(Report report, Unit unit, String indicatorCode, ObservedValue value) {
        Observation observation = Observation.reported(report, indicators.get(indicatorCode), unit, value, Breakdown.total());
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
