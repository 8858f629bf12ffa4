package vn.cchc.api.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How an export lays out the query's answer: as its first list (the default), or as a form's table. */
enum ExportLayout {
    LIST("list"),
    NATIONAL_FORM("national-form");

    private final String parameter;

    ExportLayout(String parameter) {
        this.parameter = parameter;
    }

    /** The layout of the parameter {@code layout}; a missing one is the list. */
    static Optional<ExportLayout> named(String name) {
        return name == null ? Optional.of(LIST)
                : Arrays.stream(values()).filter(l -> l.parameter.equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }

    String parameter() {
        return parameter;
    }

    /** The table to write from the query's answers. */
    ListTable table(WholeList.Pages pages, boolean paged, int maxRows) throws ExportRefusal {
        return switch (this) {
            case LIST -> WholeList.collect(pages, paged, maxRows);
            case NATIONAL_FORM -> NationalForm.of(pages.data(null)); // one answer: dossierStatistics is a plain list
        };
    }
}
