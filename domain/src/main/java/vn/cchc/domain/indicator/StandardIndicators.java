package vn.cchc.domain.indicator;

import java.util.List;
import vn.cchc.domain.area.ReformArea;

/**
 * The indicators every deployment has, with the codes dashboards ask for. Names follow the wording of the
 * quarterly reports.
 */
public final class StandardIndicators {

    public static final String PROCEDURES_TOTAL = "PROCEDURES_TOTAL";
    public static final String PROCEDURES_PUBLICISED = "PROCEDURES_PUBLICISED";
    public static final String PROCEDURES_ONLINE_LEVEL3 = "PROCEDURES_ONLINE_LEVEL3";
    /** Full online public services (dịch vụ công trực tuyến toàn trình, Decree 42/2022): level 4 in the older scheme. */
    public static final String PROCEDURES_ONLINE_FULL = "PROCEDURES_ONLINE_FULL";
    public static final String DOSSIERS_RECEIVED = "DOSSIERS_RECEIVED";
    public static final String DOSSIERS_RESOLVED = "DOSSIERS_RESOLVED";
    public static final String DOSSIERS_ONLINE = "DOSSIERS_ONLINE";
    public static final String DOSSIERS_LATE = "DOSSIERS_LATE";
    public static final String COMPLAINTS_RECEIVED = "COMPLAINTS_RECEIVED";
    public static final String PUBLIC_SERVICE_UNITS = "PUBLIC_SERVICE_UNITS";
    public static final String ISO_9001_2015_ADOPTION = "ISO_9001_2015_ADOPTION";

    private StandardIndicators() {
    }

    /** New, unsaved instances of the whole catalogue, in the order of the reform areas. */
    public static List<Indicator> all() {
        return List.of(
                new Indicator(PROCEDURES_TOTAL, "Số thủ tục hành chính thuộc thẩm quyền giải quyết",
                        "Administrative procedures under the unit's competence", Measure.COUNT,
                        ReformArea.ADMINISTRATIVE_PROCEDURE_REFORM, "thủ tục", null),
                new Indicator(PROCEDURES_PUBLICISED, "Thủ tục hành chính được công khai đầy đủ",
                        "Administrative procedures fully publicised", Measure.RATIO,
                        ReformArea.ADMINISTRATIVE_PROCEDURE_REFORM, "thủ tục", true),
                new Indicator(DOSSIERS_RECEIVED, "Số hồ sơ tiếp nhận", "Dossiers received", Measure.COUNT,
                        ReformArea.ADMINISTRATIVE_PROCEDURE_REFORM, "hồ sơ", null),
                new Indicator(DOSSIERS_RESOLVED, "Số hồ sơ đã giải quyết", "Dossiers resolved", Measure.COUNT,
                        ReformArea.ADMINISTRATIVE_PROCEDURE_REFORM, "hồ sơ", null),
                new Indicator(DOSSIERS_LATE, "Số hồ sơ trả kết quả trễ hạn", "Dossiers whose results were returned late",
                        Measure.COUNT, ReformArea.ADMINISTRATIVE_PROCEDURE_REFORM, "hồ sơ", false),
                new Indicator(COMPLAINTS_RECEIVED, "Số đơn thư, phản ánh, kiến nghị về tiếp nhận và xử lý thủ tục hành chính",
                        "Complaints and feedback on the handling of administrative procedures", Measure.COUNT,
                        ReformArea.ADMINISTRATIVE_PROCEDURE_REFORM, "đơn thư", false),
                new Indicator(PUBLIC_SERVICE_UNITS, "Số đơn vị sự nghiệp công lập", "Public service units",
                        Measure.COUNT, ReformArea.PUBLIC_FINANCE_REFORM, "đơn vị", null),
                new Indicator(PROCEDURES_ONLINE_LEVEL3, "Thủ tục hành chính cung cấp dịch vụ công trực tuyến mức độ 3",
                        "Administrative procedures offered as level-3 online public services", Measure.RATIO,
                        ReformArea.E_GOVERNMENT, "thủ tục", true),
                new Indicator(PROCEDURES_ONLINE_FULL, "Thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình",
                        "Administrative procedures offered as full online public services", Measure.RATIO,
                        ReformArea.E_GOVERNMENT, "thủ tục", true),
                new Indicator(DOSSIERS_ONLINE, "Hồ sơ nộp trực tuyến", "Dossiers submitted online", Measure.RATIO,
                        ReformArea.E_GOVERNMENT, "hồ sơ", true),
                new Indicator(ISO_9001_2015_ADOPTION,
                        "Tỷ lệ cơ quan hành chính cấp tỉnh, cấp huyện chuyển đổi hệ thống quản lý chất lượng theo TCVN ISO 9001:2015",
                        "Provincial and district agencies that adopted the TCVN ISO 9001:2015 quality management system",
                        Measure.PERCENT, ReformArea.E_GOVERNMENT, "%", true));
    }
}
