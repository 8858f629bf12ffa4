package vn.cchc.domain.dossier;

/** What a dossier asks for. */
public enum DossierKind {
    /** cấp mới */
    NEW,
    /** gia hạn */
    RENEWAL,
    /** sửa đổi, bổ sung */
    AMENDMENT,
    /** cấp lại */
    REISSUE,
    /** cấp chứng chỉ */
    CERTIFICATE
}
