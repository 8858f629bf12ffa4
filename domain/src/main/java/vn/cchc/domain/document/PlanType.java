package vn.cchc.domain.document;

/** What a plan (kế hoạch) is for. */
public enum PlanType {
    /** kế hoạch cải cách hành chính */
    ADMINISTRATIVE_REFORM,
    /** kế hoạch kiểm soát thủ tục hành chính */
    PROCEDURE_CONTROL,
    /** kế hoạch tuyên truyền, truyền thông */
    COMMUNICATION,
    /** kế hoạch kiểm tra */
    INSPECTION,
    /** kế hoạch đào tạo, bồi dưỡng */
    TRAINING,
    /** another plan */
    OTHER
}
