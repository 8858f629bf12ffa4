package vn.cchc.api.dossierimport;

import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.mapping.Enums;
import vn.cchc.domain.dossier.ImportJob;
import vn.cchc.domain.dossier.ImportJobAttribute;
import vn.cchc.processor.ListOf;
import vn.cchc.processor.OrderBy;

@Type("ImportJob")
@Description("A bulk import of dossiers (lượt nhập hồ sơ): its state and counts, to follow while it runs, and its errors.")
@ListOf(page = "import jobs (các lượt nhập), in the order asked for",
        nodes = "jobs", edge = "An import job", node = "job",
        attributes = ImportJobAttribute.class, order = "import jobs (sắp xếp lượt nhập)", ordered = "import jobs",
        orderBy = {
                @OrderBy(value = "CREATED_AT", description = "The moment it was accepted (thời điểm nhận)."),
                @OrderBy(value = "FINISHED_AT", description = "The moment it ended (thời điểm kết thúc); running jobs last."),
                @OrderBy(value = "STATE", description = "The state (trạng thái), by its name."),
                @OrderBy(value = "FORMAT", description = "The format (định dạng), by its name."),
                @OrderBy(value = "STARTED_BY", description = "Who started it (người nhập)."),
                @OrderBy(value = "ROWS_READ", description = "Rows read (số dòng đã đọc)."),
                @OrderBy(value = "ERROR_COUNT", description = "Errors found (tổng số lỗi).")})
public class ImportJobView {

    private final ImportJob job;
    private final Locale language;

    ImportJobView(ImportJob job, Locale language) {
        this.job = job;
        this.language = language;
    }

    @Id
    @NonNull
    @Description("Opaque identifier (mã lượt nhập).")
    public String getId() {
        return String.valueOf(job.id());
    }

    @NonNull
    @Description("Who started it (người nhập): the caller's user name.")
    public String getStartedBy() {
        return job.startedBy();
    }

    @NonNull
    @Description("The file's format (định dạng).")
    public ImportFormatView getFormat() {
        return Enums.mirror(job.format(), ImportFormatView.class);
    }

    @NonNull
    @Description("Where it stands (trạng thái).")
    public ImportStateView getState() {
        return Enums.mirror(job.state(), ImportStateView.class);
    }

    @NonNull
    @Description("When it was accepted (thời điểm nhận), ISO-8601 in UTC.")
    public String getCreatedAt() {
        return job.createdAt().toString();
    }

    @Description("When it ended (thời điểm kết thúc), ISO-8601 in UTC; null while it runs.")
    public String getFinishedAt() {
        return job.finishedAt() == null ? null : job.finishedAt().toString();
    }

    @Description("Rows read so far (số dòng đã đọc); reported every 10,000 rows while validating.")
    public int getRowsRead() {
        return job.rowsRead();
    }

    @Description("Rows that passed every check (số dòng hợp lệ).")
    public int getRowsValid() {
        return job.rowsValid();
    }

    @Description("Dossiers added or updated (số hồ sơ đã ghi); 0 unless SUCCEEDED.")
    public int getRowsWritten() {
        return job.rowsWritten();
    }

    @Description("Rows identical to the stored dossier, left as they were (số dòng bỏ qua vì không đổi).")
    public int getRowsSkipped() {
        return job.rowsSkipped();
    }

    @Description("How many errors were found (tổng số lỗi), counting those beyond the first 1,000 kept.")
    public int getErrorCount() {
        return job.errorCount();
    }

    @NonNull
    @Description("The errors (các lỗi), in file order, at most the first 1,000.")
    public List<@NonNull ImportErrorView> getErrors() {
        return job.errors().stream().map(e -> new ImportErrorView(e, language)).toList();
    }
}
