package vn.cchc.api.ingestion;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.domain.ingestion.ReportIngestion;

@Type("ReportIngestionPayload")
@Description("The answer of an ingestion mutation (kết quả): the ingestion as it now is and its new version.")
public class ReportIngestionPayload {

    private final ReportIngestion changed;

    public ReportIngestionPayload(ReportIngestion changed) {
        this.changed = changed;
    }

    @NonNull
    @Description("The ingestion after the change.")
    public ReportIngestionView getIngestion() {
        return new ReportIngestionView(changed);
    }

    @Description("Its new version (phiên bản mới), to send with the next review.")
    public int getVersion() {
        return (int) changed.version();
    }
}
