package vn.cchc.domain.dossier;

/** Where an import job stands (trạng thái lượt nhập). */
public enum ImportState {
    /** accepted, waiting for a worker */
    QUEUED(false),
    /** reading and checking every row; nothing is written yet */
    VALIDATING(false),
    /** every row passed: writing them in one transaction */
    WRITING(false),
    /** every row written or skipped as unchanged */
    SUCCEEDED(true),
    /** a row broke a rule, the write failed, or the server stopped before the job ended: nothing was written */
    FAILED(true);

    private final boolean finished;

    ImportState(boolean finished) {
        this.finished = finished;
    }

    public boolean isFinished() {
        return finished;
    }
}
