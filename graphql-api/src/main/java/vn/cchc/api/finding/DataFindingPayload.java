package vn.cchc.api.finding;

import java.util.Locale;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.domain.finding.Finding;

@Type("DataFindingPayload")
@Description("The answer of a finding mutation (kết quả): the finding as it now is.")
public class DataFindingPayload {

    private final Finding changed; // not named "finding": SmallRye would read the field as the finding field's type
    private final Locale language;

    DataFindingPayload(Finding changed, Locale language) {
        this.changed = changed;
        this.language = language;
    }

    @NonNull
    @Description("The finding after the change, with its new version.")
    public DataFindingView getFinding() {
        return new DataFindingView(changed, language);
    }
}
