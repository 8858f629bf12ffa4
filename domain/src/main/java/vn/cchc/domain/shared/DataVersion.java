package vn.cchc.domain.shared;

/**
 * The version of everything the API reads. Each change advances it in the change's own transaction, so that a reader
 * who sees a version sees every change committed up to it: what a server keeps of earlier answers is keyed by it, and
 * a change on one server is seen by the next read on any other sharing the database.
 */
public interface DataVersion {

    /** The version committed now; one cheap statement. */
    long current();

    /**
     * Advances the version in the caller's transaction. Its one row stays locked until that transaction ends, so a
     * change calls it as its last step, and concurrent changes wait for each other only that long.
     */
    void advance();
}
