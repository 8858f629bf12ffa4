package vn.cchc.domain.dossier;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.shared.Criteria;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.shared.Slice;

/**
 * Import jobs with their errors. Each method commits on its own, so that progress shows while an import runs, except
 * {@link #changeInTransaction}.
 */
public interface ImportJobRepository {

    void add(ImportJob job);

    Optional<ImportJob> find(long id);

    /** The jobs matching the criteria ({@link ImportJobAttribute}), newest first unless it orders otherwise. */
    Slice<ImportJob> find(Criteria criteria, PageRequest page);

    long count(Condition condition);

    /** Loads the job, applies the change and commits it, whatever transaction the caller is in. */
    void change(long id, Consumer<ImportJob> change);

    /** Loads the job and applies the change in the caller's transaction: it commits with the caller's work, or not at all. */
    void changeInTransaction(long id, Consumer<ImportJob> change);

    /** Applies the change to every job not finished yet and commits them together; how many there were. */
    int changeUnfinished(Consumer<ImportJob> change);

    /** Pushes the lease of every unfinished job the holder holds to {@code until}, in one statement; how many. */
    int renewLeases(String holder, Instant until);
}
