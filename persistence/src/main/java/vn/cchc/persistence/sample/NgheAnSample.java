package vn.cchc.persistence.sample;

import static vn.cchc.domain.indicator.StandardIndicators.COMPLAINTS_RECEIVED;
import static vn.cchc.domain.indicator.StandardIndicators.DOSSIERS_LATE;
import static vn.cchc.domain.indicator.StandardIndicators.DOSSIERS_ONLINE;
import static vn.cchc.domain.indicator.StandardIndicators.DOSSIERS_RECEIVED;
import static vn.cchc.domain.indicator.StandardIndicators.DOSSIERS_RESOLVED;
import static vn.cchc.domain.indicator.StandardIndicators.ISO_9001_2015_ADOPTION;
import static vn.cchc.domain.indicator.StandardIndicators.PROCEDURES_ONLINE_LEVEL3;
import static vn.cchc.domain.indicator.StandardIndicators.PROCEDURES_PUBLICISED;
import static vn.cchc.domain.indicator.StandardIndicators.PROCEDURES_TOTAL;
import static vn.cchc.domain.indicator.StandardIndicators.PUBLIC_SERVICE_UNITS;

import java.time.LocalDate;
import vn.cchc.domain.area.ReformArea;
import vn.cchc.domain.document.Document;
import vn.cchc.domain.document.DocumentKind;
import vn.cchc.domain.document.DocumentNumber;
import vn.cchc.domain.document.DocumentRepository;
import vn.cchc.domain.document.LinkType;
import vn.cchc.domain.document.Plan;
import vn.cchc.domain.document.PlanType;
import vn.cchc.domain.indicator.Breakdown;
import vn.cchc.domain.indicator.IndicatorRepository;
import vn.cchc.domain.indicator.Observation;
import vn.cchc.domain.indicator.ObservationRepository;
import vn.cchc.domain.indicator.ObservedValue;
import vn.cchc.domain.indicator.Ratio;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.procedure.AdministrativeProcedure;
import vn.cchc.domain.procedure.ProcedureField;
import vn.cchc.domain.procedure.ProcedureRepository;
import vn.cchc.domain.report.Recipient;
import vn.cchc.domain.report.Report;
import vn.cchc.domain.report.ReportRepository;
import vn.cchc.domain.report.ReportSection;
import vn.cchc.domain.report.Signer;
import vn.cchc.domain.unit.AutonomyRegime;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitKind;
import vn.cchc.domain.unit.UnitRepository;

/**
 * The Q1 2022 CCHC report of the Department of Science and Technology of Nghệ An
 * (shared/seed/bao-cao-cchc-quy-I-2022-so-khcn-nghe-an.txt), every fact of it as data: units, documents,
 * procedures, observations and the report's text section by section. Values are copied as printed; what the
 * report leaves out (the day of its date, the number of its own document, the dates of some decrees, the names
 * of 24 of its 28 procedures) stays out.
 */
public final class NgheAnSample {

    public static final Period PERIOD = Period.quarter(2022, 1);

    public static final String GOVERNMENT = "VN-CP";
    public static final String PROVINCE = "NA";
    public static final String PEOPLES_COMMITTEE = "NA-UBND";
    public static final String PEOPLES_COUNCIL = "NA-HDND";
    public static final String PARTY_STANDING_COMMITTEE = "NA-BTVTU";
    public static final String HOME_AFFAIRS = "NA-SNV";
    public static final String SCIENCE_AND_TECHNOLOGY = "NA-SKHCN";
    public static final String DEPARTMENT_OFFICE = "NA-SKHCN-VP";
    public static final String ONE_STOP_SHOP = "NA-SKHCN-MC";
    public static final String APPLIED_TECHNOLOGY_CENTRE = "NA-SKHCN-TTUD";
    public static final String INFORMATION_CENTRE = "NA-SKHCN-TTTT";
    public static final String STANDARDS_CENTRE = "NA-SKHCN-TTKT";
    public static final String SOCIAL_SCIENCES_CENTRE = "NA-SKHCN-TTXH";

    public static final String FIELD_SCIENCE_AND_TECHNOLOGY = "HOAT_DONG_KHCN";
    public static final String FIELD_ATOMIC_ENERGY = "NANG_LUONG_NGUYEN_TU";
    public static final String FIELD_STANDARDS = "TIEU_CHUAN_DO_LUONG_CHAT_LUONG";

    public static final String PROCEDURE_XRAY_LICENCE = "NA-SKHCN-NLNT-XQUANG";
    public static final String PROCEDURE_RADIATION_CERTIFICATE = "NA-SKHCN-NLNT-CCNVBX";

    public static final String DIMENSION_FIELD = "FIELD";
    public static final String DIMENSION_DOSSIER_KIND = "DOSSIER_KIND";

    public static final String REPORT_TITLE = "Công tác cải cách hành chính quý I năm 2022";

    private final UnitRepository units;
    private final DocumentRepository documents;
    private final ProcedureRepository procedures;
    private final IndicatorRepository indicators;
    private final ObservationRepository observations;
    private final ReportRepository reports;

    public NgheAnSample(UnitRepository units, DocumentRepository documents, ProcedureRepository procedures,
                        IndicatorRepository indicators, ObservationRepository observations, ReportRepository reports) {
        this.units = units;
        this.documents = documents;
        this.procedures = procedures;
        this.indicators = indicators;
        this.observations = observations;
        this.reports = reports;
    }

    /** True when the sample is already in the database. */
    public boolean isLoaded() {
        return units.findByCode(SCIENCE_AND_TECHNOLOGY).isPresent();
    }

    /** Stores the whole sample; the standard indicators must exist. Call inside one transaction. */
    public void load() {
        // Units the report names
        Unit government = unit(GOVERNMENT, "Chính phủ", "Chính phủ", UnitKind.GOVERNMENT_BODY, null);
        Unit province = unit(PROVINCE, "Tỉnh Nghệ An", "Nghệ An", UnitKind.PROVINCE, null);
        Unit committee = unit(PEOPLES_COMMITTEE, "Ủy ban nhân dân tỉnh Nghệ An", "UBND tỉnh", UnitKind.PEOPLES_COMMITTEE, province);
        unit(PEOPLES_COUNCIL, "Hội đồng nhân dân tỉnh Nghệ An", "HĐND tỉnh", UnitKind.PEOPLES_COUNCIL, province);
        Unit partyCommittee = unit(PARTY_STANDING_COMMITTEE, "Ban thường vụ Tỉnh ủy Nghệ An", "Ban thường vụ Tỉnh ủy",
                UnitKind.PARTY_COMMITTEE, province);
        Unit homeAffairs = unit(HOME_AFFAIRS, "Sở Nội vụ tỉnh Nghệ An", "Sở Nội vụ", UnitKind.DEPARTMENT, committee);
        Unit department = unit(SCIENCE_AND_TECHNOLOGY, "Sở Khoa học và Công nghệ tỉnh Nghệ An", "Sở Khoa học và Công nghệ",
                UnitKind.DEPARTMENT, committee);
        unit(DEPARTMENT_OFFICE, "Văn phòng Sở Khoa học và Công nghệ", "Văn phòng Sở", UnitKind.DEPARTMENT_OFFICE, department);
        unit(ONE_STOP_SHOP, "Bộ phận tiếp nhận và trả kết quả của Sở Khoa học và Công nghệ", "Bộ phận một cửa",
                UnitKind.ONE_STOP_SHOP, department);
        publicServiceUnit(APPLIED_TECHNOLOGY_CENTRE, "Trung tâm Ứng dụng tiến bộ Khoa học và Công nghệ", department,
                AutonomyRegime.SELF_FINANCING_RECURRENT);
        publicServiceUnit(INFORMATION_CENTRE, "Trung tâm Thông tin Khoa học công nghệ và Tin học", department,
                AutonomyRegime.PARTLY_SELF_FINANCING_RECURRENT);
        publicServiceUnit(STANDARDS_CENTRE, "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng", department,
                AutonomyRegime.PARTLY_SELF_FINANCING_RECURRENT);
        publicServiceUnit(SOCIAL_SCIENCES_CENTRE, "Trung tâm Khoa học xã hội và nhân văn", department,
                AutonomyRegime.STATE_FUNDED);

        // The department's five plans for 2022
        Plan parPlan = plan("56/SKHCN-VP", LocalDate.of(2022, 1, 26), department, "Kế hoạch cải cách hành chính năm 2022",
                PlanType.ADMINISTRATIVE_REFORM);
        Plan controlPlan = plan("87/SKHCN-VP", LocalDate.of(2022, 2, 10), department,
                "Kế hoạch kiểm soát thủ tục hành chính năm 2022", PlanType.PROCEDURE_CONTROL);
        Plan communicationPlan = plan("88/SKHCN-VP", LocalDate.of(2022, 2, 10), department,
                "Kế hoạch tuyên truyền cải cách hành chính năm 2022", PlanType.COMMUNICATION);
        Plan inspectionPlan = plan("156/SKHCN-VP", LocalDate.of(2022, 2, 25), department,
                "Kế hoạch kiểm tra công tác kiểm soát thủ tục hành chính năm 2022", PlanType.INSPECTION);
        Plan controlCommunicationPlan = plan("157/SKHCN-VP", LocalDate.of(2022, 2, 25), department,
                "Kế hoạch truyền thông hoạt động kiểm soát thủ tục hành chính năm 2022", PlanType.COMMUNICATION);

        // Documents of the provincial People's Committee, the Government and the Party committee
        Document organisationDecision = document("01/2022/QĐ-UBND", DocumentKind.DECISION, LocalDate.of(2022, 1, 5), committee,
                "chức năng nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Khoa học và Công nghệ tỉnh Nghệ An");
        organisationDecision.draftedBy(department);
        Document provincialParPlanDecision = document("5165/QĐ-UBND", DocumentKind.DECISION, LocalDate.of(2021, 12, 30), committee,
                "về ban hành Kế hoạch cải cách hành chính Nhà nước tỉnh Nghệ An năm 2022");
        Document provincialControlPlanDecision = document("291/QĐ-UBND", DocumentKind.DECISION, LocalDate.of(2022, 1, 28), committee,
                "về việc ban hành Kế hoạch hoạt động kiểm soát thủ tục hành chính năm 2022 trên địa bàn tỉnh Nghệ An");
        Plan provincialCommunicationPlan = plan("64/KH-UBND", LocalDate.of(2022, 1, 28), committee,
                "về Kế hoạch tuyên truyền cải cách hành chính nhà nước tỉnh Nghệ An năm 2022", PlanType.COMMUNICATION);
        Document oneStopAllowanceDecision = document("04/2015/QĐ-UBND", DocumentKind.DECISION, null, committee, null);
        Document decree130 = document("130/2005/NĐ-CP", DocumentKind.DECREE, LocalDate.of(2005, 10, 17), government, null);
        Document decree117 = document("117/2013/NĐ-CP", DocumentKind.DECREE, LocalDate.of(2013, 10, 7), government, null);
        Document decree16 = document("16/2015/NĐ-CP", DocumentKind.DECREE, LocalDate.of(2015, 2, 14), government, null);
        Document decree115 = document("115/2005/NĐ-CP", DocumentKind.DECREE, null, government, null);
        Document decree96 = document("96/2010/NĐ-CP", DocumentKind.DECREE, null, government,
                "sửa đổi, bổ sung một số điều của Nghị định số 115/2005/NĐ-CP");
        decree96.link(LinkType.AMENDS, decree115);
        Document directive17 = document("17", DocumentKind.DIRECTIVE, null, partyCommittee,
                "về tăng cường kỷ luật, kỷ cương hành chính trong các cơ quan, đơn vị trên địa bàn tỉnh");

        // Procedure fields and the procedures the report names; the other 24 are only counted
        procedures.add(new ProcedureField(FIELD_SCIENCE_AND_TECHNOLOGY, "Hoạt động khoa học và công nghệ"));
        ProcedureField atomicEnergy = new ProcedureField(FIELD_ATOMIC_ENERGY, "Năng lượng nguyên tử, an toàn bức xạ và hạt nhân");
        procedures.add(atomicEnergy);
        procedures.add(new ProcedureField(FIELD_STANDARDS, "Tiêu chuẩn đo lường chất lượng"));
        procedures.add(new AdministrativeProcedure(PROCEDURE_XRAY_LICENCE, null,
                "Cấp phép sử dụng thiết bị X-quang chuẩn đoán trong y tế", atomicEnergy, department));
        procedures.add(new AdministrativeProcedure(PROCEDURE_RADIATION_CERTIFICATE, null,
                "Cấp chứng chỉ nhân viên bức xạ", atomicEnergy, department));

        // The report
        Report report = new Report(department, PERIOD, REPORT_TITLE);
        report.head("/SKHCN-VP", "Nghệ An", "ngày tháng 3 năm 2022", null);
        report.signedBy(new Signer("Trần Quốc Thành", "Giám đốc"));
        report.sendTo(new Recipient("Sở Nội vụ", homeAffairs));
        report.sendTo(new Recipient("GD và các PGD", null));
        report.sendTo(new Recipient("Trưởng các phòng và đơn vị thuộc Sở", null));
        report.sendTo(new Recipient("Lưu: VT", null));
        reports.add(report);

        // Its figures
        Observation proceduresTotal = reported(report, PROCEDURES_TOTAL, department, ObservedValue.count(28), Breakdown.total());
        Observation publicised = reported(report, PROCEDURES_PUBLICISED, department, ratio(28, 28), Breakdown.total());
        Observation onlineLevel3 = reported(report, PROCEDURES_ONLINE_LEVEL3, department, ratio(12, 28), Breakdown.total());
        Observation complaints = reported(report, COMPLAINTS_RECEIVED, department, ObservedValue.count(0), Breakdown.total());
        Observation received = reported(report, DOSSIERS_RECEIVED, department, ObservedValue.count(9), Breakdown.total());
        Breakdown atomicField = Breakdown.of(DIMENSION_FIELD, FIELD_ATOMIC_ENERGY, "năng lượng nguyên tử, an toàn bức xạ hạt nhân");
        Observation receivedAtomic = reported(report, DOSSIERS_RECEIVED, department, ObservedValue.count(4), atomicField);
        Observation receivedAtomicNew = reported(report, DOSSIERS_RECEIVED, department, ObservedValue.count(1),
                atomicField.and(DIMENSION_DOSSIER_KIND, "NEW", "cấp mới"));
        Observation receivedAtomicRenewal = reported(report, DOSSIERS_RECEIVED, department, ObservedValue.count(2),
                atomicField.and(DIMENSION_DOSSIER_KIND, "RENEWAL_OR_AMENDMENT",
                        "gia hạn, bổ sung cấp phép sử dụng thiết bị X-quang chuẩn đoán trong y tế"));
        Observation receivedAtomicCertificate = reported(report, DOSSIERS_RECEIVED, department, ObservedValue.count(1),
                atomicField.and(DIMENSION_DOSSIER_KIND, "CERTIFICATE", "chứng chỉ nhân viên bức xạ"));
        Observation receivedStandards = reported(report, DOSSIERS_RECEIVED, department, ObservedValue.count(5),
                Breakdown.of(DIMENSION_FIELD, FIELD_STANDARDS, "tiêu chuẩn đo lường chất lượng"));
        Observation resolved = reported(report, DOSSIERS_RESOLVED, department, ObservedValue.count(9), Breakdown.total());
        Observation online = reported(report, DOSSIERS_ONLINE, department, ratio(4, 9), Breakdown.total());
        Observation late = reported(report, DOSSIERS_LATE, department, ObservedValue.count(0), Breakdown.total());
        Observation publicServiceUnits = reported(report, PUBLIC_SERVICE_UNITS, department, ObservedValue.count(5), Breakdown.total());
        Observation iso = reported(report, ISO_9001_2015_ADOPTION, province, ObservedValue.percent(100), Breakdown.total());

        // I. Direction and management
        ReportSection direction = report.addSection("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", ReformArea.DIRECTION_AND_MANAGEMENT);
        ReportSection issuing = direction.addSubsection("1", "Ban hành các văn bản chỉ đạo, điều hành:", null);
        issuing.addParagraph("Trong quý I năm 2022, công tác cải cách hành chính được triển khai theo đúng kế hoạch đề ra và có sự phối hợp của các cấp, các ngành, hướng đến lấy cá nhân, tổ chức và doanh nghiệp làm trung tâm, đẩy mạnh thực hiện cải cách hành chính. Sở đã ban hành các văn bản chỉ đạo, điều hành thuộc thẩm quyền của Giám đốc Sở về công tác cải cách hành chính gồm:");
        issuing.addBullet("Kế hoạch cải cách hành chính năm 2022 (Kế hoạch số 56/SKHCN-VP ngày 26/01/2022 của Giám đốc Sở Khoa học và Công nghệ);").cites(parPlan);
        issuing.addBullet("Kế hoạch kiểm soát thủ tục hành chính năm 2022 (Kế hoạch số 87/SKHCN-VP ngày 10/02/2022 của Giám đốc Sở Khoa học và Công nghệ);").cites(controlPlan);
        issuing.addBullet("Kế hoạch tuyên truyền cải cách hành chính năm 2022 (Kế hoạch số 88/SKHCN-VP ngày 10/02/2022 của Giám đốc Sở Khoa học và Công nghệ);").cites(communicationPlan);
        issuing.addBullet("Kế hoạch kiểm tra công tác kiểm soát thủ tục hành chính năm 2022 (Kế hoạch số 156/SKHCN-VP ngày 25/02/2022 của Giám đốc Sở Khoa học và Công nghệ);").cites(inspectionPlan);
        issuing.addBullet("Kế hoạch truyền thông hoạt động kiểm soát thủ tục hành chính năm 2022 (Kế hoạch số 157/SKHCN-VP ngày 25/02/2022 của Giám đốc Sở Khoa học và Công nghệ);").cites(controlCommunicationPlan);
        issuing.addBullet("Tham mưu ban hành Quyết định chức năng nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Khoa học và Công nghệ tỉnh Nghệ An (Quyết định số 01/2022/QĐ-UBND ngày 05/01/2022 của UBND tỉnh Nghệ An)").cites(organisationDecision);
        issuing.addParagraph("Hàng tháng, cơ quan tổ chức họp giao ban với thành phần: lãnh đạo Sở, trưởng phó các phòng chuyên môn, trưởng phó các đơn vị trực thuộc và trưởng phó các tổ chức đoàn thể. Tại cuộc họp, văn phòng Sở triển khai các nội dung về công tác cải cách hành chính và tổng hợp, báo cáo kết quả thực hiện tại các phòng chuyên môn và đơn vị trực thuộc.");

        ReportSection planning = direction.addSubsection("2", "Xây dựng, tổ chức thực hiện kế hoạch", null);
        planning.addBullet("Các văn bản chỉ đạo của UBND tỉnh và Sở Nội vụ về hướng dẫn triển khai, đôn đốc, tổ chức thực hiện nhiệm vụ cải cách hành chính đều được triển khai phổ biến thông qua các cuộc giao ban hàng tháng, website của ngành, hệ thống quản lý văn bản điều hành VNPT-Ioffice và giao trực tiếp các phòng chuyên môn, đơn vị trực thuộc.");
        planning.addBullet("Đã triển khai đến đơn vị xác định chỉ số cải cách hành chính năm 2021 và tổng hợp báo cáo Sở Nội vụ.");
        planning.addBullet("Thường xuyên đôn đốc, hướng dẫn xây dựng, áp dụng hệ thống quản lý chất lượng theo tiêu chuẩn ISO 9001:2008 và chuyển đổi sang phiên bản ISO 9001:2015 tại các cơ quan hành chính nhà nước cấp tỉnh (các sở, ngành, UBND các huyện, thành, thị).");
        planning.addBullet("Hàng tháng đều có báo cáo đánh giá về thực hiện công tác cải cách hành chính và tổ chức thực hiện của các đơn vị nghiêm túc. Tính đến thời điểm này, kế hoạch thực hiện đảm bảo tiến độ và chất lượng.");

        ReportSection inspection = direction.addSubsection("3", "Kiểm tra cải cách hành chính", null);
        inspection.addBullet("Căn cứ vào kế hoạch cải cách hành chính, hàng tháng đều giao các phòng, đơn vị tự kiểm tra; văn phòng Sở xác minh, tổng hợp và báo cáo tại các cuộc giao ban.");
        inspection.addBullet("Đối với các nội dung chỉ đạo đều được các phòng, đơn vị triển khai nghiêm túc, chất lượng theo đúng thời gian quy định và được thông qua thông báo kết luận giao ban hàng tháng.");

        ReportSection communication = direction.addSubsection("4", "Công tác tuyên truyền cải cách hành chính", null);
        communication.addParagraph("Tuyên truyền các văn bản chỉ đạo, kế hoạch và nội dung liên quan cải cách hành chính đến công chức thông qua hệ thống quản lý văn bản nội bộ, website của ngành, đơn vị:");
        communication.addBullet("Quyết định số 5165/QĐ-UBND ngày 30 tháng 12 năm 2021 của UBND tỉnh Nghệ An về ban hành Kế hoạch cải cách hành chính Nhà nước tỉnh Nghệ An năm 2022;").cites(provincialParPlanDecision);
        communication.addBullet("Quyết định số 291/QĐ-UBND ngày 28 tháng 01 năm 2022 của UBND tỉnh Nghệ An về việc ban hành Kế hoạch hoạt động kiểm soát thủ tục hành chính năm 2022 trên địa bàn tỉnh Nghệ An;").cites(provincialControlPlanDecision);
        communication.addBullet("Kế hoạch số 64/KH-UBND ngày 28 tháng 01 năm 2022 của UBND tỉnh Nghệ An về Kế hoạch tuyên truyền cải cách hành chính nhà nước tỉnh Nghệ An năm 2022.").cites(provincialCommunicationPlan);

        // II. Results by reform area
        ReportSection results = report.addSection("II", "KẾT QUẢ THỰC HIỆN CẢI CÁCH HÀNH CHÍNH", null);
        ReportSection institutions = results.addSubsection("1", "Cải cách thể chế", ReformArea.INSTITUTIONAL_REFORM);
        institutions.addBullet("Thường xuyên rà soát các văn bản quy phạm pháp luật thuộc phạm vi quản lý của ngành đã ban hành để tham mưu HĐND tỉnh, UBND tỉnh sửa đổi, bổ sung, hủy bỏ, bãi bỏ, ban hành mới đảm bảo tiến bộ, đồng bộ, khả thi.");
        institutions.addBullet("Đẩy mạnh công tác kiểm tra, hệ thống hóa, hoàn thiện các văn bản quy phạm pháp luật về KH&CN đáp ứng yêu cầu CCHC.");

        ReportSection procedureReform = results.addSubsection("2",
                "Cải cách thủ tục hành chính và thực hiện cơ chế một cửa, cơ chế một cửa liên thông", ReformArea.ADMINISTRATIVE_PROCEDURE_REFORM);
        procedureReform.addBullet("Sở Khoa học và Công nghệ triển khai nghiêm túc kế hoạch cải cách thủ tục hành chính của tỉnh, thực hiện đầy đủ các chế độ báo cáo định kỳ, đột xuất. Thời hạn giải quyết các thủ tục hành chính đúng với thời gian quy định, không có hiện tượng trả chậm.").states(late);
        procedureReform.addBullet("Thường xuyên rà soát, đơn giản hóa TTHC: cắt giảm thời gian thực hiện TTHC và cắt giảm thành phần hồ sơ trong các TTHC.");
        procedureReform.addBullet("Có 28/28 thủ tục hành chính thuộc thẩm quyền giải quyết của Sở được công khai đầy đủ trên trang thông tin điện tử của cơ quan, tích hợp trên cổng dịch vụ công của tỉnh và công khai tại bộ phận 1 cửa của Sở.").states(publicised, proceduresTotal);
        procedureReform.addBullet("Sở thực hiện dịch vụ công mức độ 3 cho 12/28 thủ tục hành chính thuộc thẩm quyền giải quyết của Sở.").states(onlineLevel3);
        procedureReform.addBullet("Trong quý I, không có đơn thư hay phản ánh nào của tổ chức, cá nhân liên quan đến tiếp nhận và xử lý thủ tục hành chính tại bộ phận 1 cửa.").states(complaints);
        procedureReform.addBullet("Các thủ tục hành chính thực hiện qua bộ phận một cửa: Trong quý I, Sở đã tiếp nhận và giải quyết 9 hồ sơ; trong đó 4 hồ sơ thuộc lĩnh vực năng lượng nguyên tử, an toàn bức xạ hạt nhân: 1 hồ sơ cấp mới và 2 hồ sơ gia hạn, bổ sung cấp phép sử dụng thiết bị X-quang chuẩn đoán trong y tế, 1 hồ sơ chứng chỉ nhân viên bức xạ, 05 hồ sơ thuộc lĩnh vực tiêu chuẩn đo lường chất lượng. Trong đó 4/9 hồ sơ nộp qua mạng, thực hiện dịch vụ công mức độ 3.")
                .states(received, resolved, receivedAtomic, receivedAtomicNew, receivedAtomicRenewal, receivedAtomicCertificate,
                        receivedStandards, online);
        procedureReform.addBullet("Sở công khai đầy đủ, minh bạch kết quả giải quyết TTHC trên Cổng Thông tin điện tử của tỉnh.");
        procedureReform.addBullet("Các yêu cầu, nhiệm vụ đột xuất về cải cách thủ tục hành chính được Sở thực hiện nghiêm túc, đầy đủ và chất lượng.");

        ReportSection apparatus = results.addSubsection("3", "Cải cách tổ chức bộ máy hành chính nhà nước", ReformArea.APPARATUS_REFORM);
        apparatus.addBullet("Tham mưu ban hành quyết định chức năng nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Khoa học và Công nghệ tỉnh Nghệ An.").cites(organisationDecision);
        apparatus.addBullet("Bộ phận một cửa đã chấp hành đầy đủ, đúng quy trình các thủ tục hành chính đã được ban hành. Thời hạn giải quyết các thủ tục hành chính đúng với thời gian quy định; không có hiện tượng trả chậm kết quả so với thời gian quy định.").states(late);
        apparatus.addBullet("Việc chi trả chế độ đối với công chức làm việc tại Bộ phận một cửa được thực hiện đầy đủ và đúng theo quyết định số 04/2015/QĐ-UBND.").cites(oneStopAllowanceDecision);
        apparatus.addBullet("Thường xuyên chỉ đạo, kiểm tra và đôn đốc các phòng ban, các đơn vị thực hiện nhiệm vụ theo chức năng và được phân công đảm bảo yêu cầu đề ra.");

        ReportSection civilService = results.addSubsection("4", "Cải cách chế độ công vụ công chức", ReformArea.CIVIL_SERVICE_REFORM);
        civilService.addBullet("Rà soát, bổ sung quy hoạch, luân chuyển và kế hoạch đào tạo của Sở Khoa học và Công nghệ giai đoạn 2021 – 2026.");
        civilService.addBullet("Xây dựng kế hoạch luân chuyển, điều động cán bộ, công chức, viên chức.");
        civilService.addBullet("Sở thực hiện đầy đủ các quy định về khen thưởng, kỷ luật và các chế độ chính sách về nâng ngạch, thăng hạng chức danh nghề nghiệp, tiền lương, bảo hiểm xã hội đối với công chức, viên chức và người lao động của ngành.");

        ReportSection finance = results.addSubsection("5", "Cải cách tài chính công", ReformArea.PUBLIC_FINANCE_REFORM);
        ReportSection administrativeAutonomy = finance.addSubsection("5.1", "Thực hiện tốt cơ chế tự chủ, tự chịu trách nhiệm về sử dụng biên chế và kinh phí quản lý hành chính theo Nghị định số 130/2005/NĐ-CP ngày 17/10/2005 và Nghị định số 117/2013/NĐ-CP ngày 07/10/2013 tại ngành", null)
                .cites(decree130, decree117);
        administrativeAutonomy.addBullet("Tổ chức rà soát, bổ sung, sửa đổi Quy chế chi tiêu nội bộ, Quy chế quản lý và sử dụng tài sản công của cơ quan văn phòng Sở và các đơn vị, Quy chế tổ chức và hoạt động của Bộ phận tiếp nhận và trả kết quả của Sở Khoa học và Công nghệ.");
        administrativeAutonomy.addBullet("Hướng dẫn các phòng ban, đơn vị hoàn thành thủ tục thanh quyết toán các nhiệm vụ khoa học và công nghệ năm 2021.");
        administrativeAutonomy.addBullet("Các chế độ tài chính được thực hiện công khai, minh bạch.");
        administrativeAutonomy.addBullet("Đã tiến hành phê duyệt kế hoạch và kinh phí nhiệm vụ năm 2022 cho các phòng ban, đơn vị thuộc Sở và các huyện, thành thị, các nhiệm vụ khoa học công nghệ 2022 và tham mưu UBND tỉnh ban hành Quyết định phân khai kinh phí năm 2022.");
        ReportSection serviceUnitAutonomy = finance.addSubsection("5.2", "Thực hiện cơ chế tự chủ, tự chịu trách nhiệm về thực hiện nhiệm vụ, tổ chức bộ máy, biên chế và tài chính theo Nghị định số 16/2015/NĐ-CP ngày 14/2/2015 của Chính phủ trong các đơn vị sự nghiệp công lập", null)
                .cites(decree16);
        serviceUnitAutonomy.addBullet("Sở tổ chức hướng dẫn, chỉ đạo, kiểm tra các đơn vị sự nghiệp công lập thuộc phạm vi quản lý thực hiện cơ chế tự chủ, và tiến hành công khai, minh bạch về quản lý ngân sách, thu chi tài chính tại đơn vị.");
        ReportSection scienceOrganisationAutonomy = finance.addSubsection("5.3", "Thực hiện cơ chế tự chủ, tự chịu trách nhiệm của tổ chức khoa học và công nghệ theo Nghị định số 115/2005/NĐ-CP và Nghị định số 96/2010/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 115/2005/NĐ-CP", null)
                .cites(decree115, decree96);
        scienceOrganisationAutonomy.addBullet("Hiện nay, Sở có 5 đơn vị sự nghiệp, theo cơ chế tự chủ gồm 1 đơn vị sự nghiệp tự chủ chi thường xuyên (Trung tâm Ứng dụng tiến bộ Khoa học và Công nghệ), 2 đơn vị sự nghiệp tự chủ một phần chi thường xuyên (Trung tâm Thông tin Khoa học công nghệ và Tin học và Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng), 1 đơn vị ngân sách nhà nước đảm bảo chi thường xuyên (Trung tâm Khoa học xã hội và nhân văn).").states(publicServiceUnits);
        scienceOrganisationAutonomy.addBullet("Các đơn vị tự chủ đã thực hiện tốt Quy chế chi tiêu nội bộ, Quy chế quản lý và sử dụng tài sản công và các tiêu chí đánh giá mức độ hoàn thành nhiệm vụ làm căn cứ chi trả thu thập cho người lao động, đảm bảo mức thu nhập cho người lao động.");

        ReportSection eGovernment = results.addSubsection("6", "Xây dựng Chính quyền điện tử, Chính quyền số", ReformArea.E_GOVERNMENT);
        ReportSection itUse = eGovernment.addSubsection("6.1", "Ứng dụng CNTT trong hoạt động của cơ quan, đơn vị", null);
        itUse.addBullet("Toàn thể công chức, viên chức và người lao động của Sở sử dụng phần mềm VNPT-Ioffice trong quản lý và điều hành công việc.");
        itUse.addBullet("Trên cổng thông tin điện tử của Sở, có 12 thủ tục hành chính dịch vụ công trực tuyến mức độ 3 cho 2 lĩnh vực hoạt động khoa học công nghệ và năng lượng nguyên tử, an toàn bức xạ hạt nhân được triển khai thực hiện. Các tin bài về hoạt động khoa học công nghệ và ứng dụng khoa học công nghệ được cập nhật đầy đủ và thường xuyên.").states(onlineLevel3);
        itUse.addBullet("Dữ liệu về các đề tài, dự án, nhiệm vụ khoa học công nghệ được cập nhật liên tục vào thư viện điện tử Khoa học xã hội và nhân văn và thư viện khoa học công nghệ.");
        ReportSection quality = eGovernment.addSubsection("6.2", "Áp dụng hệ thống quản lý chất lượng theo tiêu chuẩn ISO trong hoạt động của các cơ quan hành chính nhà nước", null);
        quality.addBullet("Thường xuyên đôn đốc, hướng dẫn xây dựng, áp dụng hệ thống quản lý chất lượng theo tiêu chuẩn ISO 9001:2008 và chuyển đổi sang phiên bản ISO 9001:2015 tại các cơ quan hành chính nhà nước cấp tỉnh (các sở, ngành, UBND các huyện, thành, thị).");
        quality.addBullet("Kết quả chuyển đổi, duy trì, cải tiến hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001:2015 trên địa bàn tỉnh 100% các đơn vị cấp tỉnh và cấp huyện đã thực hiện chuyển đổi.").states(iso);

        // III. Overall assessment
        ReportSection assessment = report.addSection("III", "ĐÁNH GIÁ CHUNG", null);
        assessment.addBullet("Công tác chỉ đạo, triển khai thực hiện cải cách hành chính tại Sở được quan tâm và triển khai thực hiện có chất lượng, có kiểm tra, giám sát hàng tháng.");
        assessment.addBullet("Chất lượng giải quyết và thực hiện các nhiệm vụ có hiệu quả.");
        assessment.addBullet("Tham mưu và thực hiện có hiệu quả các nội dung cải cách hành chính và các nhiệm vụ do UBND tỉnh giao chủ trì thực hiện: Cải cách thể chế, cải cách tổ chức bộ máy, đổi mới nâng cao chất lượng đội ngũ công chức, cải cách tài chính công và hiện đại hóa nền hành chính.");

        // IV. Directions and tasks for Q2
        ReportSection directions = report.addSection("IV", "PHƯƠNG HƯỚNG, NHIỆM VỤ CCHC QUÝ II NĂM 2022", null);
        directions.addBullet("Tiếp tục triển khai thực hiện Kế hoạch cải cách hành chính nhà nước năm 2022 của Sở Khoa học và Công nghệ.").cites(parPlan);
        directions.addBullet("Triển khai thực hiện tốt cuộc vận động công chức, viên chức, người lao động của ngành khoa học và công nghệ tích cực tham gia cải cách thủ tục hành chính nâng cao chất lượng phục vụ cá nhân, tổ chức.");
        directions.addBullet("Chỉ đạo các phòng chuyên môn, đơn vị trực thuộc thường xuyên rà soát các văn bản quy phạm pháp luật thuộc phạm vi quản lý của ngành đã ban hành để tham mưu HĐND tỉnh, UBND tỉnh sửa đổi, bổ sung, hủy bỏ, bãi bỏ, ban hành mới đảm bảo tiến bộ, đồng bộ, khả thi.");
        directions.addBullet("Tiếp tục rà soát, cắt giảm thời gian giải quyết, đơn giản hóa thủ tục hành chính trong lĩnh vực quản lý nhà nước thuộc thẩm quyền của Sở.");
        directions.addBullet("Tiếp tục đào tạo nâng cao chất lượng đội ngũ công chức, viên chức và người lao động thực hiện tốt nhiệm vụ chuyên môn.");
        directions.addBullet("Tiếp tục đôn đốc, hướng dẫn áp dụng hệ thống quản lý chất lượng theo phiên bản ISO 9001:2015 tại các cơ quan hành chính nhà nước cấp tỉnh.");
        directions.addBullet("Tăng số lượng hồ sơ giải quyết trực tuyến, tăng số lượng thủ tục hành chính thực hiện dịch vụ công ở mức độ 3 và 4.");
        directions.addBullet("Tiếp tục kêu gọi, đề xuất sáng kiến, giải pháp mới về công tác cải cách hành chính.");
        directions.addBullet("Thực hiện nghiêm túc Chỉ thị 17 của Ban thường vụ Tỉnh ủy về tăng cường kỷ luật, kỷ cương hành chính trong các cơ quan, đơn vị trên địa bàn tỉnh./.").cites(directive17);

        report.submit();
    }

    private Unit unit(String code, String name, String shortName, UnitKind kind, Unit parent) {
        Unit unit = new Unit(code, name, shortName, kind, parent, null);
        units.add(unit);
        return unit;
    }

    private void publicServiceUnit(String code, String name, Unit department, AutonomyRegime regime) {
        unit(code, name, null, UnitKind.PUBLIC_SERVICE_UNIT, department).assignAutonomyRegime(regime);
    }

    private Plan plan(String number, LocalDate issuedOn, Unit issuer, String subject, PlanType type) {
        Plan plan = new Plan(DocumentNumber.parse(number), issuedOn, issuer, subject, issuedOn.getYear(), type);
        documents.add(plan);
        return plan;
    }

    private Document document(String number, DocumentKind kind, LocalDate issuedOn, Unit issuer, String subject) {
        Document document = new Document(DocumentNumber.parse(number), kind, issuedOn, issuer, subject);
        documents.add(document);
        return document;
    }

    private static ObservedValue ratio(long numerator, long denominator) {
        return ObservedValue.ratio(Ratio.of(numerator, denominator));
    }

    private Observation reported(Report report, String indicatorCode, Unit unit, ObservedValue value, Breakdown breakdown) {
        Observation observation = Observation.reported(report, indicators.findByCode(indicatorCode).orElseThrow(), unit,
                value, breakdown);
        observations.add(observation);
        return observation;
    }
}
