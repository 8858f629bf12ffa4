package vn.cchc.application.dossier;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.domain.dossier.ImportError;
import vn.cchc.domain.dossier.ImportJob;
import vn.cchc.domain.shared.DomainException;

/** The errors of one import: all counted, the first {@link ImportJob#MAX_ERRORS} kept. */
public final class ImportErrors {

    private final List<ImportError> kept = new ArrayList<>();
    private int count;

    public void add(ImportError error) {
        count++;
        if (kept.size() < ImportJob.MAX_ERRORS) {
            kept.add(error);
        }
    }

    public void add(int line, String column, DomainException broken) {
        add(new ImportError(line, column, broken));
    }

    public void addAll(List<ImportError> errors) {
        errors.forEach(this::add);
    }

    public boolean isEmpty() {
        return count == 0;
    }

    public int count() {
        return count;
    }

    public List<ImportError> kept() {
        return List.copyOf(kept);
    }
}
