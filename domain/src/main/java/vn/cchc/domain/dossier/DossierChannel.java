package vn.cchc.domain.dossier;

/** How a dossier reached the one-stop shop. */
public enum DossierChannel {
    /** nộp trực tuyến, qua mạng */
    ONLINE,
    /** nộp trực tiếp */
    IN_PERSON,
    /** qua dịch vụ bưu chính công ích */
    POST
}
