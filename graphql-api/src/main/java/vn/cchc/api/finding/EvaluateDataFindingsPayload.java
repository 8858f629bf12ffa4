package vn.cchc.api.finding;

import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.application.finding.Evaluation;

@Type("EvaluateDataFindingsPayload")
@Description("What a run of the data-quality rules did (kết quả kiểm tra).")
public class EvaluateDataFindingsPayload {

    private final Evaluation run;
    private final Locale language;

    EvaluateDataFindingsPayload(Evaluation run, Locale language) {
        this.run = run;
        this.language = language;
    }

    @NonNull
    @Description("Every finding the run found (các phát hiện), new or not, most serious first.")
    public List<@NonNull DataFindingView> getFindings() {
        return run.found().stream().map(f -> new DataFindingView(f, language)).toList();
    }

    @Description("How many of them are new, or open again after being resolved (phát hiện mới).")
    public int getOpened() {
        return run.opened();
    }

    @Description("How many findings of the scope were no longer found, and were resolved (đã tự xử lý).")
    public int getResolved() {
        return run.resolved();
    }

    @Description("How many unit-and-quarter cases were read (số trường hợp đã kiểm tra).")
    public int getCases() {
        return run.cases();
    }
}
