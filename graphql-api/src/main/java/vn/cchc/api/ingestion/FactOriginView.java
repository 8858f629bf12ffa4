package vn.cchc.api.ingestion;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.domain.ingestion.ProposedFact;
import vn.cchc.domain.ingestion.ReportIngestion;

@Type("FactOrigin")
@Description("Where a row comes from (nguồn gốc): the report file it was read from and the fact, with its sentence.")
public class FactOriginView {

    // not named after the fields below: SmallRye would read a field's type as the schema field's
    private final ReportIngestion from;
    private final ProposedFact madeOf;

    public FactOriginView(ReportIngestion from, ProposedFact madeOf) {
        this.from = from;
        this.madeOf = madeOf;
    }

    @NonNull
    @Description("The ingestion of the file (lượt nhập báo cáo).")
    public ReportIngestionView getIngestion() {
        return new ReportIngestionView(from);
    }

    @NonNull
    @Description("The fact the row was made of (dữ kiện), with the words and the sentence it was read from.")
    public IngestedFactView getFact() {
        return new IngestedFactView(madeOf, from.source(), from.unit());
    }
}
