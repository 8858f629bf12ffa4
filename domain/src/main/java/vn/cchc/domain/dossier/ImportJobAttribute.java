package vn.cchc.domain.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.cchc.domain.shared.Attribute;

/**
 * What conditions on import jobs can name and their lists can be ordered by. A job's moments are kept twice: the
 * moment (UTC) to order by, and its UTC day to filter by, as the audit trail filters by the day an entry was recorded.
 */
public enum ImportJobAttribute implements Attribute {
    STATE(ImportState.class, false),
    FORMAT(ImportFormat.class, false),
    /** The user name of who started it. */
    STARTED_BY(String.class, false),
    CREATED_AT(LocalDateTime.class, false),
    /** The UTC day of {@link #CREATED_AT}. */
    CREATED_ON(LocalDate.class, false),
    /** Missing while the job runs. */
    FINISHED_AT(LocalDateTime.class, true),
    /** The UTC day of {@link #FINISHED_AT}; missing while the job runs. */
    FINISHED_ON(LocalDate.class, true),
    ROWS_READ(Integer.class, false),
    /** Every error found, those beyond the ones kept included. */
    ERROR_COUNT(Integer.class, false);

    private final Class<?> type;
    private final boolean nullable;

    ImportJobAttribute(Class<?> type, boolean nullable) {
        this.type = type;
        this.nullable = nullable;
    }

    @Override
    public Class<?> type() {
        return type;
    }

    @Override
    public boolean nullable() {
        return nullable;
    }
}
