package vn.cchc.sampledata.demo;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.SplittableRandom;
import vn.cchc.domain.area.ReformArea;
import vn.cchc.domain.document.DocumentNumber;
import vn.cchc.domain.document.DocumentRepository;
import vn.cchc.domain.document.LinkType;
import vn.cchc.domain.document.Plan;
import vn.cchc.domain.document.PlanTask;
import vn.cchc.domain.document.PlanTaskStatus;
import vn.cchc.domain.document.PlanType;
import vn.cchc.domain.document.TaskAssignment;
import vn.cchc.domain.unit.Unit;

/**
 * The yearly CCHC plans (kế hoạch cải cách hành chính) of the demo province: each year the People's Committee's plan
 * for the province, each task led by the department that coordinates its reform area, and every department's own plan
 * implementing it, with the tasks each department carries out. How far each task got is as the province stood at the end
 * of the generated data: the tasks of past years mostly done, some after their deadline, a few never; the last year's
 * under way.
 */
final class YearlyPlans {

    private static final double DONE_IN_A_PAST_YEAR = 0.9;
    /** Of the tasks done: done after their deadline. */
    private static final double DONE_LATE = 0.2;
    /** In the last year, of the tasks due before its last quarter: done. */
    private static final double DONE_WHEN_DUE_EARLY = 0.75;
    /** In the last year, of the tasks due in its last quarter: done. */
    private static final double DONE_WHEN_DUE_LATE = 0.3;
    /** In the last year: not started. */
    private static final double NOT_STARTED = 0.1;

    /** One task of the provincial plan and the departments (by catalogue symbol) that lead and coordinate it. */
    private record ProvincialTask(ReformArea area, String description, MonthDay deadline, String output, String lead,
                                  List<String> coordinators) {
    }

    private static final List<ProvincialTask> PROVINCIAL = List.of(
            new ProvincialTask(ReformArea.DIRECTION_AND_MANAGEMENT, "Theo dõi, đôn đốc các sở, ban, ngành và Ủy ban nhân dân cấp"
                    + " huyện thực hiện Kế hoạch cải cách hành chính; tổng hợp, báo cáo kết quả hằng quý", null,
                    "Báo cáo cải cách hành chính hằng quý", "SNV", List.of("VPUBND")),
            new ProvincialTask(ReformArea.INSTITUTIONAL_REFORM, "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do Hội đồng nhân"
                    + " dân, Ủy ban nhân dân tỉnh ban hành", MonthDay.of(10, 31), "Báo cáo kết quả rà soát, hệ thống hóa văn bản",
                    "STP", List.of("VPUBND")),
            new ProvincialTask(ReformArea.ADMINISTRATIVE_PROCEDURE_REFORM, "Rà soát, đơn giản hóa thủ tục hành chính; công bố danh"
                    + " mục thủ tục hành chính thuộc thẩm quyền giải quyết của các cấp", MonthDay.of(6, 30),
                    "Quyết định công bố danh mục thủ tục hành chính", "VPUBND", List.of("STP")),
            new ProvincialTask(ReformArea.APPARATUS_REFORM, "Rà soát, sắp xếp tổ chức bộ máy các cơ quan chuyên môn thuộc Ủy ban"
                    + " nhân dân tỉnh", MonthDay.of(9, 30), "Đề án sắp xếp tổ chức bộ máy", "SNV", List.of()),
            new ProvincialTask(ReformArea.CIVIL_SERVICE_REFORM, "Xây dựng và thực hiện kế hoạch đào tạo, bồi dưỡng cán bộ, công"
                    + " chức, viên chức", MonthDay.of(11, 30), "Kế hoạch đào tạo, bồi dưỡng", "SNV", List.of("STC")),
            new ProvincialTask(ReformArea.PUBLIC_FINANCE_REFORM, "Hướng dẫn, kiểm tra việc thực hiện cơ chế tự chủ tài chính của"
                    + " các đơn vị sự nghiệp công lập", MonthDay.of(9, 30), "Báo cáo kết quả kiểm tra", "STC", List.of("SNV")),
            new ProvincialTask(ReformArea.E_GOVERNMENT, "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh; kết"
                    + " nối, chia sẻ dữ liệu với Cổng Dịch vụ công quốc gia", MonthDay.of(12, 15), "Hệ thống được nâng cấp, kết nối",
                    "STTTT", List.of("VPUBND")));

    private final SplittableRandom random;
    private final WorkCalendar calendar;
    private final DocumentRepository documents;
    /** The last day of the generated data: how far the tasks got is as of this day. */
    private final LocalDate asOf;
    private int planCount;
    private int taskCount;

    YearlyPlans(SplittableRandom random, WorkCalendar calendar, DocumentRepository documents, LocalDate asOf) {
        this.random = random;
        this.calendar = calendar;
        this.documents = documents;
        this.asOf = asOf;
    }

    /** Writes the plans of each year from {@code firstYear} to the year of {@code asOf}. */
    void write(Unit committee, List<DemoDepartment> departments, int firstYear) {
        for (int year = firstYear; year <= asOf.getYear(); year++) {
            // numbers restart every year, and a plan's printed number does not say its year: keep them apart
            int numbers = 10 * (year - firstYear);
            LocalDate issued = calendar.workdaysBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 1, 31)).get(2);
            Plan provincial = plan(numbers, "KH-UBND", issued, committee,
                    "Kế hoạch cải cách hành chính nhà nước tỉnh Minh Họa năm " + year, year);
            for (ProvincialTask line : PROVINCIAL) {
                task(provincial, line.area(), line.description(), department(departments, line.lead()),
                        line.coordinators().stream().map(symbol -> department(departments, symbol)).toList(), line.deadline(),
                        line.output());
            }
            for (DemoDepartment department : departments) {
                departmentPlan(department, provincial, numbers, calendar.plusWorkdays(issued, 3 + random.nextInt(10)));
            }
        }
    }

    int planCount() {
        return planCount;
    }

    int taskCount() {
        return taskCount;
    }

    private void departmentPlan(DemoDepartment department, Plan provincial, int numbers, LocalDate issued) {
        int year = provincial.planYear();
        String name = department.spec().shortName();
        Plan plan = plan(numbers, "KH-" + department.spec().symbol(), issued, department.unit(),
                "Kế hoạch cải cách hành chính năm " + year + " của " + name, year);
        plan.link(LinkType.IMPLEMENTS, provincial);
        Unit office = department.office();
        Unit shop = department.oneStopShop();
        task(plan, ReformArea.DIRECTION_AND_MANAGEMENT, "Triển khai Kế hoạch cải cách hành chính năm " + year + " đến các phòng,"
                + " đơn vị; kiểm tra công tác cải cách hành chính", office, List.of(), MonthDay.of(12, 15),
                "Báo cáo kết quả kiểm tra cải cách hành chính");
        task(plan, ReformArea.ADMINISTRATIVE_PROCEDURE_REFORM, "Rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền giải"
                + " quyết của " + name, office, List.of(shop), MonthDay.of(6, 30), "Phương án đơn giản hóa thủ tục hành chính");
        task(plan, ReformArea.ADMINISTRATIVE_PROCEDURE_REFORM, "Công khai đầy đủ, kịp thời thủ tục hành chính tại Bộ phận một cửa"
                + " và trên Cổng dịch vụ công của tỉnh", shop, List.of(), null, null);
        task(plan, ReformArea.E_GOVERNMENT, "Tăng tỷ lệ hồ sơ nộp trực tuyến; số hóa hồ sơ, kết quả giải quyết thủ tục hành"
                + " chính", shop, List.of(office), MonthDay.of(11, 30), "Hồ sơ, kết quả giải quyết được số hóa");
        task(plan, ReformArea.CIVIL_SERVICE_REFORM, "Cử công chức tham gia bồi dưỡng kỹ năng giao tiếp, ứng xử khi giải quyết"
                + " thủ tục hành chính", office, List.of(shop), MonthDay.of(9, 30), "Công chức được bồi dưỡng");
        if (!department.serviceUnits().isEmpty()) {
            task(plan, ReformArea.PUBLIC_FINANCE_REFORM, "Hướng dẫn các đơn vị sự nghiệp công lập trực thuộc xây dựng phương án"
                    + " tự chủ tài chính theo Nghị định số 60/2021/NĐ-CP", office, department.serviceUnits(), MonthDay.of(9, 30),
                    "Phương án tự chủ tài chính được phê duyệt");
        }
    }

    private Plan plan(int numbers, String symbol, LocalDate issued, Unit issuer, String subject, int year) {
        Plan plan = new Plan(DocumentNumber.parse((numbers + 1 + random.nextInt(9)) + "/" + symbol), issued, issuer, subject, year,
                PlanType.ADMINISTRATIVE_REFORM);
        documents.add(plan);
        planCount++;
        return plan;
    }

    private void task(Plan plan, ReformArea area, String description, Unit lead, List<Unit> coordinators, MonthDay deadline,
                      String output) {
        PlanTask task = plan.addTask(new TaskAssignment(description, area, lead, coordinators,
                deadline == null ? null : deadline.atYear(plan.planYear()), output));
        taskCount++;
        progress(plan, task);
    }

    /** Standing work (no deadline) is reported done about the end of its year, and is still under way in the last year. */
    private void progress(Plan plan, PlanTask task) {
        LocalDate due = task.deadline().orElse(LocalDate.of(plan.planYear(), 12, 31));
        PlanTaskStatus status = status(plan.planYear() == asOf.getYear(), task.deadline().isPresent(), due);
        plan.reportProgress(task.number(), status, status == PlanTaskStatus.DONE ? completion(plan, due) : null, asOf);
    }

    private PlanTaskStatus status(boolean lastYear, boolean dated, LocalDate due) {
        double draw = random.nextDouble();
        if (!lastYear) {
            return draw < DONE_IN_A_PAST_YEAR ? PlanTaskStatus.DONE : PlanTaskStatus.IN_PROGRESS;
        }
        double done = !dated ? 0 : due.isBefore(asOf.minusMonths(3)) ? DONE_WHEN_DUE_EARLY : DONE_WHEN_DUE_LATE;
        return draw < done ? PlanTaskStatus.DONE : draw < done + NOT_STARTED ? PlanTaskStatus.NOT_STARTED : PlanTaskStatus.IN_PROGRESS;
    }

    /** A working day up to a month before the deadline, or for some tasks up to six weeks after it; never after {@link #asOf}. */
    private LocalDate completion(Plan plan, LocalDate due) {
        LocalDate issued = plan.issuedOn().orElseThrow();
        boolean late = random.nextDouble() < DONE_LATE && due.isBefore(asOf);
        LocalDate from = late ? due.plusDays(1) : max(issued, due.minusDays(30));
        LocalDate to = late ? min(asOf, due.plusDays(42)) : min(asOf, due);
        List<LocalDate> days = calendar.workdaysBetween(from, to);
        return days.isEmpty() ? to : days.get(random.nextInt(days.size()));
    }

    private static Unit department(List<DemoDepartment> departments, String symbol) {
        return departments.stream().filter(d -> d.spec().symbol().equals(symbol)).findFirst().map(DemoDepartment::unit)
                .orElseThrow(() -> new IllegalStateException("no demo department " + symbol));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
