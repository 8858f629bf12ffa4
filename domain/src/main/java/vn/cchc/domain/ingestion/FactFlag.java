package vn.cchc.domain.ingestion;

/** Why a reviewer should look twice at a proposed fact. */
public enum FactFlag {
    /** Read from an approximation ("gần 900", "hơn 12.200"): no exact value, so it cannot be recorded as it is. */
    APPROXIMATE,
    /** Read from a negative statement ("không có hiện tượng trả chậm" → 0). */
    NEGATIVE_STATEMENT,
    /** A stated percentage that its own x/y does not give; the x/y is proposed, the percentage left as printed. */
    PERCENT_MISMATCH,
    /** The parts stated do not add up to the whole stated beside them. */
    PARTS_MISMATCH,
    /** A value printed with blanks ("Số: /SKHCN-VP", "ngày tháng 3 năm 2022"). */
    INCOMPLETE
}
