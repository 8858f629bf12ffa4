package vn.cchc.api.document;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import vn.cchc.domain.document.PlanType;
import vn.cchc.processor.MirrorOf;

@Enum("PlanType")
@MirrorOf(PlanType.class)
@Description("What a plan is for (loại kế hoạch).")
public enum PlanTypeView {
    @Description("Administrative reform plan (kế hoạch cải cách hành chính).")
    ADMINISTRATIVE_REFORM,
    @Description("Administrative procedure control plan (kế hoạch kiểm soát thủ tục hành chính).")
    PROCEDURE_CONTROL,
    @Description("Communication plan (kế hoạch tuyên truyền, truyền thông).")
    COMMUNICATION,
    @Description("Inspection plan (kế hoạch kiểm tra).")
    INSPECTION,
    @Description("Training plan (kế hoạch đào tạo, bồi dưỡng).")
    TRAINING,
    @Description("Another plan (kế hoạch khác).")
    OTHER
}
