package vn.cchc.api.dossierimport;

import java.util.Locale;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.error.Messages;
import vn.cchc.domain.dossier.ImportError;

@Type("ImportError")
@Description("One broken rule of an imported file (lỗi của tệp nhập): where (line and column) and why.")
public class ImportErrorView {

    private final ImportError error;
    private final Locale language;

    ImportErrorView(ImportError error, Locale language) {
        this.error = error;
        this.language = language;
    }

    @Description("The line (dòng) the row starts on; the CSV header is line 1. 0 when the failure concerns no row.")
    public int getLine() {
        return error.line();
    }

    @Description("The column (cột) at fault, by its name; null when the row or file as a whole is.")
    public String getColumn() {
        return error.column();
    }

    @NonNull
    @Description("The stable code of the rule (mã lỗi), e.g. REQUIRED, UNKNOWN_UNIT, INVALID_DATE, FORBIDDEN.")
    public String getCode() {
        return error.code();
    }

    @NonNull
    @Description("The reason (lý do), in the language of Accept-Language (Vietnamese by default).")
    public String getMessage() {
        return Messages.render(language, error.key(), error.args(), error.message());
    }
}
