package vn.cchc.api.ingestion;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.mapping.Enums;
import vn.cchc.api.report.ReportView;
import vn.cchc.api.unit.UnitView;
import vn.cchc.domain.ingestion.FactDecision;
import vn.cchc.domain.ingestion.FactKind;
import vn.cchc.domain.ingestion.ReportIngestion;
import vn.cchc.domain.ingestion.SourceText;

@Type("ReportIngestion")
@Description("A report file taken in (báo cáo nhập từ tệp): the file as uploaded, its text, and the facts proposed from "
        + "it, which the reporter reviews fact by fact before a draft report is made of those accepted.")
public class ReportIngestionView {

    private final ReportIngestion ingestion;
    private final SourceText text;

    public ReportIngestionView(ReportIngestion ingestion) {
        this.ingestion = ingestion;
        this.text = ingestion.source();
    }

    @Id
    @NonNull
    @Description("Opaque identifier (mã định danh): what the review mutations and POST /ingest/reports give and take.")
    public String getId() {
        return String.valueOf(ingestion.id());
    }

    @Description("The version (phiên bản): every review raises it; each review names the version it was made from.")
    public int getVersion() {
        return (int) ingestion.version();
    }

    @NonNull
    @Description("The unit whose report it is (đơn vị báo cáo), as the uploader chose.")
    public UnitView getUnit() {
        return new UnitView(ingestion.unit());
    }

    @NonNull
    @Description("The file's name as uploaded (tên tệp).")
    public String getFileName() {
        return ingestion.fileName();
    }

    @NonNull
    @Description("The format its content was read as (định dạng), whatever its name says.")
    public SourceFormatView getFormat() {
        return Enums.mirror(ingestion.format(), SourceFormatView.class);
    }

    @Description("For a text file, the charset it was read with, detected or declared (bảng mã); null otherwise.")
    public String getCharset() {
        return ingestion.charset();
    }

    @Description("Its size in bytes (kích thước).")
    public int getFileSize() {
        return ingestion.fileSize();
    }

    @NonNull
    @Description("Where the original file is downloaded, byte for byte (tải tệp gốc), with the same credentials.")
    public String getFileUrl() {
        return "/ingest/reports/" + ingestion.id() + "/file";
    }

    @NonNull
    @Description("Who uploaded it (người tải lên).")
    public String getCreatedBy() {
        return ingestion.createdBy();
    }

    @NonNull
    @Description("When (thời điểm tải lên), ISO-8601 in UTC.")
    public String getCreatedAt() {
        return ingestion.createdAt().toString();
    }

    @NonNull
    @Description("Where it stands (trạng thái).")
    public IngestionStateView getState() {
        return Enums.mirror(ingestion.state(), IngestionStateView.class);
    }

    @Description("The draft report made of it (báo cáo dự thảo), once made.")
    public ReportView getReport() {
        return ingestion.report().map(ReportView::new).orElse(null);
    }

    @NonNull
    @Description("Its text as paragraphs (các đoạn văn bản), the coordinates every fact's span points into.")
    public List<@NonNull String> getParagraphs() {
        return text.paragraphs();
    }

    /** Its facts of a kind and decision (null: any), in the order the report states them; the schema's {@code facts}. */
    List<IngestedFactView> facts(FactKind kind, FactDecision decision) {
        return ingestion.facts().stream()
                .filter(f -> kind == null || f.kind() == kind)
                .filter(f -> decision == null || f.decision() == decision)
                .map(f -> new IngestedFactView(f, text, ingestion.unit())).toList();
    }
}
