package vn.cchc.domain.finding;

/** Where a finding stands (trạng thái). */
public enum FindingStatus {
    /** Found and not looked at yet (mới phát hiện). */
    OPEN,
    /** Seen, explained by a comment, left as it is (đã ghi nhận). */
    ACKNOWLEDGED,
    /** Corrected, or no longer found when the rules ran again (đã xử lý). */
    RESOLVED
}
