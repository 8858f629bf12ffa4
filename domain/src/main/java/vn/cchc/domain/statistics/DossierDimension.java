package vn.cchc.domain.statistics;

/** What dossier statistics can be grouped by (chiều thống kê). */
public enum DossierDimension {
    /** the receiving unit itself (đơn vị tiếp nhận) */
    UNIT,
    /** a unit together with every unit below it (đơn vị và các đơn vị trực thuộc): a roll-up over the tree */
    UNIT_SUBTREE,
    /** the procedure's field (lĩnh vực) */
    FIELD,
    /** the procedure (thủ tục) */
    PROCEDURE,
    /** how the dossier was submitted (hình thức nộp) */
    CHANNEL,
    /** what the dossier asks for (loại hồ sơ) */
    KIND,
    /** each year of the scope (năm) */
    YEAR,
    /** each quarter of the scope (quý) */
    QUARTER;

    public boolean isTime() {
        return this == YEAR || this == QUARTER;
    }
}
