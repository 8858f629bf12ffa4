package vn.cchc.api.dossier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import vn.cchc.domain.dossier.DossierStatus;
import vn.cchc.processor.FilterOf;
import vn.cchc.processor.MirrorOf;

@Enum("DossierStatus")
@MirrorOf(DossierStatus.class)
@FilterOf("a dossier status (trạng thái hồ sơ)")
@Description("Where a dossier stands (trạng thái hồ sơ).")
public enum DossierStatusView {
    @Description("Received (đã tiếp nhận).")
    RECEIVED,
    @Description("Being processed (đang giải quyết).")
    IN_PROGRESS,
    @Description("Resolved before its due date (giải quyết trước hạn).")
    RESOLVED_EARLY,
    @Description("Resolved on its due date (giải quyết đúng hạn).")
    RESOLVED_ON_TIME,
    @Description("Resolved after its due date (giải quyết trễ hạn).")
    RESOLVED_LATE,
    @Description("Returned to the applicant unresolved (trả lại hồ sơ).")
    RETURNED,
    @Description("Withdrawn by the applicant (rút hồ sơ).")
    WITHDRAWN
}
