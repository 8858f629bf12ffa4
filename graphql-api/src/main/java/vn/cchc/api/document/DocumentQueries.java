package vn.cchc.api.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import vn.cchc.api.security.CurrentCaller;
import vn.cchc.application.security.Operation;
import vn.cchc.api.error.ApiException;
import vn.cchc.api.error.Arguments;
import vn.cchc.api.filter.ListCriteria;
import vn.cchc.api.paging.Batches;
import vn.cchc.api.paging.Paging;
import vn.cchc.api.unit.UnitView;
import vn.cchc.domain.document.Document;
import vn.cchc.domain.document.DocumentAttribute;
import vn.cchc.domain.document.DocumentNumber;
import vn.cchc.domain.document.DocumentRepository;

@GraphQLApi
@ApplicationScoped
public class DocumentQueries {

    @Inject
    CurrentCaller caller;

    static final String AMBIGUOUS_NUMBER = "AMBIGUOUS_DOCUMENT_NUMBER";

    private static final String FILTER = "Only the documents matching this filter (lọc văn bản); all of them when absent.";

    @Inject
    DocumentRepository documents;

    @Query("document")
    @Description("The document with this printed number (văn bản theo số hiệu), e.g. \"01/2022/QĐ-UBND\"; null when "
            + "there is none. The same number from several issuers needs `issuerCode` to choose one.")
    public DocumentView document(
            @NonNull @Name("number") @Description("The number as printed (số hiệu), NUMBER[/YEAR]/SYMBOL; spaces around '/' "
                    + "and letter case do not matter. Another form is refused with INVALID_DOCUMENT_NUMBER.") String number,
            @Name("issuerCode") @Description("Only the document of this issuer (mã cơ quan ban hành); needed when several "
                    + "issuers used the number.") String issuerCode) {
        caller.require(Operation.READ_DIRECTORY, "document");
        DocumentNumber parsed = Arguments.read("number", () -> DocumentNumber.parse(number));
        List<Document> found = documents.findByNumber(parsed).stream()
                .filter(d -> issuerCode == null || d.issuer().code().equals(issuerCode))
                .toList();
        if (found.size() > 1) {
            throw new ApiException(AMBIGUOUS_NUMBER, "argument 'number': " + found.size() + " documents are numbered "
                    + parsed + "; give 'issuerCode' to choose one");
        }
        return found.isEmpty() ? null : new DocumentView(found.get(0));
    }

    @Query("documents")
    @NonNull
    @Description("Documents (danh sách văn bản), by issue date (undated last), then number, unless ordered otherwise.")
    public DocumentConnection documents(@Name("filter") @Description(FILTER) DocumentFilter filter,
                                        @Name("orderBy") @Description("The order (sắp xếp): keys in turn, ties finally by id; default by issue date, then number.") List<DocumentOrder> orderBy,
                                        @Name("first") @Description(Paging.FIRST) Integer first,
                                        @Name("after") @Description(Paging.AFTER) String after) {
        caller.require(Operation.READ_DIRECTORY, "documents");
        return Paging.list(ListCriteria.of(filter, orderBy), first, after, documents::find, documents::count,
                DocumentView::new, DocumentConnection::new);
    }

    @Query("planTasks")
    @NonNull
    @Description("Tasks of plans (nhiệm vụ của các kế hoạch), across plans: by deadline (standing work last) unless ordered "
            + "otherwise. Overdue tasks are a filter on status and deadline, see PlanTaskFilter.")
    public PlanTaskConnection planTasks(@Name("filter") @Description("Only the tasks matching this filter (lọc nhiệm vụ); all of them "
                                                + "when absent.") PlanTaskFilter filter,
                                        @Name("orderBy") @Description("The order (sắp xếp): keys in turn, ties finally by id; default by deadline.") List<PlanTaskOrder> orderBy,
                                        @Name("first") @Description(Paging.FIRST) Integer first,
                                        @Name("after") @Description(Paging.AFTER) String after) {
        caller.require(Operation.READ_DIRECTORY, "planTasks");
        return Paging.list(ListCriteria.of(filter, orderBy), first, after, documents::findTasks, documents::countTasks,
                PlanTaskView::new, PlanTaskConnection::new);
    }

    @NonNull
    @Description("Documents this unit issued (văn bản do đơn vị ban hành), by issue date unless ordered otherwise.")
    public DocumentConnection documents(@Source UnitView unit, @Name("filter") @Description(FILTER) DocumentFilter filter,
                                        @Name("orderBy") @Description("The order (sắp xếp): keys in turn, ties finally by id; default by issue date, then number.") List<DocumentOrder> orderBy,
                                        @Name("first") @Description(Paging.FIRST) Integer first,
                                        @Name("after") @Description(Paging.AFTER) String after) {
        caller.require(Operation.READ_DIRECTORY, "Unit.documents");
        return Batches.nested(unit, "Unit.documents", ListCriteria.of(filter, orderBy), first, after, UnitView::entityId,
                (ids, criteria, page) -> documents.findPerUnit(DocumentAttribute.ISSUER, ids, criteria, page),
                DocumentView::new, DocumentConnection::new);
    }

    @NonNull
    @Description("Documents this unit drafted for another body to issue (văn bản đơn vị tham mưu ban hành).")
    public DocumentConnection draftedDocuments(@Source UnitView unit, @Name("filter") @Description(FILTER) DocumentFilter filter,
                                               @Name("orderBy") @Description("The order (sắp xếp): keys in turn, ties finally by id; default by issue date, then number.") List<DocumentOrder> orderBy,
                                               @Name("first") @Description(Paging.FIRST) Integer first,
                                               @Name("after") @Description(Paging.AFTER) String after) {
        caller.require(Operation.READ_DIRECTORY, "Unit.draftedDocuments");
        return Batches.nested(unit, "Unit.draftedDocuments", ListCriteria.of(filter, orderBy), first, after,
                UnitView::entityId, (ids, criteria, page) -> documents.findPerUnit(DocumentAttribute.DRAFTER, ids, criteria, page),
                DocumentView::new, DocumentConnection::new);
    }

    @NonNull
    @Description("Documents that amend, implement or replace this one (văn bản sửa đổi, thực hiện, thay thế văn bản này).")
    public List<@NonNull DocumentLinkView> linkedFrom(@Source DocumentView document) {
        caller.require(Operation.READ_DIRECTORY, "Document.linkedFrom");
        return documents.findLinksTo(List.of(document.document())).stream()
                .map(l -> new DocumentLinkView(l.type(), l.source()))
                .toList();
    }

}
