package vn.cchc.domain.dossier;

import java.util.Optional;
import java.util.function.Consumer;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.shared.Slice;

/** Import jobs, newest first. Each method commits on its own, so that progress shows while an import runs. */
public interface ImportJobRepository {

    void add(ImportJob job);

    Optional<ImportJob> find(long id);

    /** The jobs {@code startedBy} started, or every job when it is null; newest first. */
    Slice<ImportJob> find(String startedBy, PageRequest page);

    long count(String startedBy);

    /** Loads the job, applies the change and commits it, whatever transaction the caller is in. */
    void change(long id, Consumer<ImportJob> change);
}
