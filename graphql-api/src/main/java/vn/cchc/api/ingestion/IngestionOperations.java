package vn.cchc.api.ingestion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import vn.cchc.api.document.DocumentView;
import vn.cchc.api.error.ApiException;
import vn.cchc.api.error.Writes;
import vn.cchc.api.ingestion.IngestionInputs.DraftReportFromIngestionInput;
import vn.cchc.api.ingestion.IngestionInputs.FactReviewInput;
import vn.cchc.api.ingestion.IngestionInputs.IngestReportInput;
import vn.cchc.api.ingestion.IngestionInputs.ReviewReportIngestionInput;
import vn.cchc.api.mapping.Enums;
import vn.cchc.api.report.ReportPayload;
import vn.cchc.api.security.CurrentCaller;
import vn.cchc.application.ingestion.IngestionCommands;
import vn.cchc.application.ingestion.IngestionService;
import vn.cchc.domain.ingestion.FactDecision;
import vn.cchc.domain.ingestion.FactKind;

/** Report ingestion over GraphQL; thin: the {@link IngestionService} checks and does everything. */
@GraphQLApi
@ApplicationScoped
public class IngestionOperations {

    @Inject
    IngestionService service;

    @Inject
    CurrentCaller caller;

    @Inject
    Validator validator;

    @Mutation("ingestReport")
    @NonNull
    @Description("Takes a report file in (nhập báo cáo từ tệp): admin, or a reporter for its unit's subtree. The file is "
            + "kept, read (.docx, .doc, .txt in UTF-8 or Windows-1258/1252, a PDF with text; a scanned image is refused) and "
            + "every fact it states proposed with the words it came from, for review. A file that cannot be read writes nothing.")
    public ReportIngestionPayload ingestReport(
            @NonNull @Name("input") @Description("The unit and the file (tệp báo cáo).") IngestReportInput input) {
        return Writes.run(validator, input, () -> new ReportIngestionPayload(service.ingest(caller.get(),
                new IngestionCommands.Upload(input.unitCode, input.fileName, decoded(input.content), input.charset))));
    }

    @Mutation("reviewReportIngestion")
    @NonNull
    @Description("Accepts, rejects or edits proposed facts (xem xét dữ kiện), all together or none: who may ingest for the unit.")
    public ReportIngestionPayload reviewReportIngestion(
            @NonNull @Name("input") @Description("The ingestion, the version read and the decisions.") ReviewReportIngestionInput input) {
        return Writes.run(validator, input, () -> new ReportIngestionPayload(service.review(caller.get(),
                new IngestionCommands.Review(id(input.ingestionId), input.version, reviews(input.facts), Boolean.TRUE.equals(input.acceptRest)))));
    }

    @Mutation("draftReportFromIngestion")
    @NonNull
    @Description("Makes a draft report of the accepted facts (lập báo cáo dự thảo): the documents not yet in the directory, "
            + "the report (a new draft, or a correction of the approved one), its heading, outline and figures, through the "
            + "same rules as the report mutations, in one transaction. A rule broken anywhere writes nothing and is named at "
            + "its fact: input.facts[N].value. The draft then goes on as any other: edited, submitted, approved.")
    public ReportPayload draftReportFromIngestion(
            @NonNull @Name("input") @Description("The ingestion and the version read.") DraftReportFromIngestionInput input) {
        return Writes.run(validator, input, () -> new ReportPayload(service.draft(caller.get(),
                new IngestionCommands.MakeDraft(id(input.ingestionId), input.version))));
    }

    @Query("reportIngestion")
    @Description("A report ingestion by id (lượt nhập báo cáo): its file, text and proposed facts; for who may ingest for its unit.")
    public ReportIngestionView reportIngestion(
            @NonNull @Id @Name("id") @Description("The ingestion's id.") String id) {
        return Writes.translated(() -> new ReportIngestionView(service.find(caller.get(), id(id))));
    }

    @Query("factOrigin")
    @Description("Where a row comes from (nguồn gốc dữ liệu): the report file and the fact it was made of, with its "
            + "sentence; null for a row no ingestion made, or that the caller may not trace.")
    public FactOriginView factOrigin(
            @NonNull @Name("of") @Description("The kind of row.") OriginRowView of,
            @NonNull @Id @Name("id") @Description("The row's id.") String id) {
        long rowId;
        try {
            rowId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return null;
        }
        return Writes.translated(() -> service.origin(caller.get(), of.type(), rowId)
                .map(o -> new FactOriginView(o.ingestion(), o.fact())).orElse(null));
    }

    @NonNull
    @Description("The facts proposed (các dữ kiện), in the order the report states them.")
    public List<@NonNull IngestedFactView> facts(
            @Source ReportIngestionView ingestion,
            @Name("kind") @Description("Only facts of this kind; all when absent.") FactKindView kind,
            @Name("decision") @Description("Only facts with this decision; all when absent.") FactDecisionView decision) {
        return ingestion.facts(Enums.mirror(kind, FactKind.class), Enums.mirror(decision, FactDecision.class));
    }

    @Description("For a cited document, the directory's document it is (văn bản trong danh mục), which the draft will "
            + "cite as it is; null when the draft would record it as a new document, and for other kinds of fact.")
    public DocumentView document(@Source IngestedFactView fact) {
        return Writes.translated(() -> service.knownDocument(caller.get(), fact.fact(), fact.reportUnit())
                .map(DocumentView::new).orElse(null));
    }

    private static List<IngestionCommands.FactReview> reviews(List<FactReviewInput> facts) {
        return facts == null ? List.of() : facts.stream().map(f -> {
            Map<String, String> values = new LinkedHashMap<>();
            if (f.values != null) {
                f.values.forEach(v -> values.put(v.name, v.value));
            }
            return new IngestionCommands.FactReview(f.fact, Enums.mirror(f.decision, FactDecision.class), values);
        }).toList();
    }

    private static byte[] decoded(String base64) {
        try {
            return Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new ApiException(List.of(new ApiException.Problem("INVALID_CONTENT", "input.content", "ingestion.base64",
                    List.of(), "the content is not base64: encode the file's bytes", Map.of())));
        }
    }

    /** An id this API gave out; anything else names no ingestion. */
    static long id(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new ApiException(List.of(new ApiException.Problem("NOT_FOUND", "input.ingestionId", "ingestion.notFound",
                    List.of(id), "no report ingestion has the id " + id, Map.of())));
        }
    }
}
