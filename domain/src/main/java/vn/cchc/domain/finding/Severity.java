package vn.cchc.domain.finding;

/** How much a finding weighs (mức độ), most serious first. */
public enum Severity {
    /** The report contradicts itself or the records: one of the figures is wrong (lỗi). */
    ERROR,
    /** Unusual enough to be checked before it is trusted (cảnh báo). */
    WARNING,
    /** Worth knowing, wrong about nothing (lưu ý). */
    NOTICE
}
