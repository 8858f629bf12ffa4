package vn.cchc.api.ingestion;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.domain.ingestion.ProposedFact;
import vn.cchc.domain.ingestion.ReportIngestion;

@Type("FactOrigin")
@Description("Where a row comes from (nguồn gốc): the report file it was read from and the fact, with its sentence.")
public class FactOriginView {

    private final ReportIngestion ingestion;
    private final ProposedFact fact;

    public FactOriginView(ReportIngestion ingestion, ProposedFact fact) {
        this.ingestion = ingestion;
        this.fact = fact;
    }

    @NonNull
    @Description("The ingestion of the file (lượt nhập báo cáo).")
    public ReportIngestionView getIngestion() {
        return new ReportIngestionView(ingestion);
    }

    @NonNull
    @Description("The fact the row was made of (dữ kiện), with the words and the sentence it was read from.")
    public IngestedFactView getFact() {
        return new IngestedFactView(fact, ingestion.source());
    }
}
