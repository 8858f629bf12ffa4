package vn.cchc.domain.area;

/**
 * The areas a CCHC report is organised by: direction and management (0), then the six areas of the
 * national PAR master programme 2021-2030 (Nghị quyết 76/NQ-CP).
 */
public enum ReformArea {
    DIRECTION_AND_MANAGEMENT(0, "Công tác chỉ đạo, điều hành", "Direction and management"),
    INSTITUTIONAL_REFORM(1, "Cải cách thể chế", "Institutional reform"),
    ADMINISTRATIVE_PROCEDURE_REFORM(2, "Cải cách thủ tục hành chính", "Administrative procedure reform"),
    APPARATUS_REFORM(3, "Cải cách tổ chức bộ máy hành chính nhà nước", "Reform of the state administrative apparatus"),
    CIVIL_SERVICE_REFORM(4, "Cải cách chế độ công vụ, công chức", "Civil service reform"),
    PUBLIC_FINANCE_REFORM(5, "Cải cách tài chính công", "Public finance reform"),
    E_GOVERNMENT(6, "Xây dựng chính quyền điện tử, chính quyền số", "E-government and digital government");

    private final int number;
    private final String nameVi;
    private final String nameEn;

    ReformArea(int number, String nameVi, String nameEn) {
        this.number = number;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
    }

    public int number() {
        return number;
    }

    public String nameVi() {
        return nameVi;
    }

    public String nameEn() {
        return nameEn;
    }
}
