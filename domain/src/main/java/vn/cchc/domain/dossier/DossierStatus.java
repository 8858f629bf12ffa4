package vn.cchc.domain.dossier;

/** Where a dossier stands in its life at the one-stop shop. */
public enum DossierStatus {
    /** đã tiếp nhận */
    RECEIVED(false),
    /** đang giải quyết */
    IN_PROGRESS(false),
    /** giải quyết trước hạn */
    RESOLVED_EARLY(true),
    /** giải quyết đúng hạn */
    RESOLVED_ON_TIME(true),
    /** giải quyết trễ hạn */
    RESOLVED_LATE(true),
    /** trả lại hồ sơ */
    RETURNED(true),
    /** rút hồ sơ */
    WITHDRAWN(true);

    private final boolean closed;

    DossierStatus(boolean closed) {
        this.closed = closed;
    }

    /** True once nothing more happens to the dossier. */
    public boolean isClosed() {
        return closed;
    }

    public boolean isResolved() {
        return this == RESOLVED_EARLY || this == RESOLVED_ON_TIME || this == RESOLVED_LATE;
    }
}
