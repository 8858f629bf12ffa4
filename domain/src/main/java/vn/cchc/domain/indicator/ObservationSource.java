package vn.cchc.domain.indicator;

/** Where an observation comes from. */
public enum ObservationSource {
    /** reported by a unit in a report (số liệu báo cáo) */
    REPORTED,
    /** computed from dossier records (số liệu tính từ hồ sơ) */
    COMPUTED
}
