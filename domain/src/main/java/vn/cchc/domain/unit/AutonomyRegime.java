package vn.cchc.domain.unit;

/** The financial-autonomy regimes of public service units (Nghị định 16/2015/NĐ-CP, then 60/2021/NĐ-CP). */
public enum AutonomyRegime {
    /** tự chủ chi thường xuyên và chi đầu tư */
    SELF_FINANCING_RECURRENT_AND_INVESTMENT,
    /** tự chủ chi thường xuyên */
    SELF_FINANCING_RECURRENT,
    /** tự chủ một phần chi thường xuyên */
    PARTLY_SELF_FINANCING_RECURRENT,
    /** do Nhà nước bảo đảm chi thường xuyên */
    STATE_FUNDED
}
