package vn.cchc.api.dossierimport;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import vn.cchc.domain.dossier.ImportFormat;
import vn.cchc.processor.FilterOf;
import vn.cchc.processor.MirrorOf;

@Enum("ImportFormat")
@MirrorOf(ImportFormat.class)
@FilterOf("the format of an imported file (định dạng tệp nhập)")
@Description("The format of a dossier file (định dạng tệp hồ sơ). Columns, as the CSV header or as JSON keys, case "
        + "ignored, others ignored: dossierCode (mã hồ sơ), unitCode (mã đơn vị tiếp nhận), procedureCode (mã thủ tục), "
        + "receivedOn (ngày tiếp nhận), dueOn (ngày hẹn trả), closedOn (ngày kết thúc; empty while open), channel "
        + "(ONLINE, IN_PERSON, POST), kind (NEW, RENEWAL, AMENDMENT, REISSUE, CERTIFICATE), status (RECEIVED, IN_PROGRESS, "
        + "RESOLVED_EARLY, RESOLVED_ON_TIME, RESOLVED_LATE, RETURNED, WITHDRAWN). Dates as yyyy-MM-dd or dd/MM/yyyy.")
public enum ImportFormatView {
    @Description("RFC 4180 CSV in UTF-8 (a byte-order mark is allowed), with a header line (tệp CSV).")
    CSV,
    @Description("A JSON array of objects, one per dossier (tệp JSON).")
    JSON
}
