package vn.cchc.api.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import vn.cchc.api.document.DocumentInputs.AddPlanTaskInput;
import vn.cchc.api.document.DocumentInputs.CreateDocumentInput;
import vn.cchc.api.document.DocumentInputs.DocumentContent;
import vn.cchc.api.document.DocumentInputs.OfPlan;
import vn.cchc.api.document.DocumentInputs.PlanTaskInput;
import vn.cchc.api.document.DocumentInputs.RemovePlanTaskInput;
import vn.cchc.api.document.DocumentInputs.ReportPlanTaskProgressInput;
import vn.cchc.api.document.DocumentInputs.RevisePlanTaskInput;
import vn.cchc.api.document.DocumentInputs.UpdateDocumentInput;
import vn.cchc.api.error.Writes;
import vn.cchc.api.mapping.Enums;
import vn.cchc.api.security.CurrentCaller;
import vn.cchc.application.document.DocumentCommands;
import vn.cchc.application.document.DocumentService;
import vn.cchc.domain.area.ReformArea;
import vn.cchc.domain.document.DocumentKind;
import vn.cchc.domain.document.LinkType;
import vn.cchc.domain.document.PlanTaskStatus;
import vn.cchc.domain.document.PlanType;

/**
 * Documents and plans, and the tasks of plans, over GraphQL. Thin: each mutation hands its input as a command to the
 * {@link DocumentService}.
 */
@GraphQLApi
@ApplicationScoped
public class DocumentMutations {

    @Inject
    DocumentService service;

    @Inject
    CurrentCaller caller;

    @Inject
    Validator validator;

    @Mutation("createDocument")
    @NonNull
    @Description("Records a document or a plan (thêm văn bản, kế hoạch) with its links and a plan's tasks: admin, or a "
            + "reporter whose subtree issued or drafted it.")
    public DocumentPayload createDocument(
            @NonNull @Name("input") @Description("The document or plan to record (văn bản, kế hoạch mới), with its "
                    + "links and a plan's tasks.") CreateDocumentInput input) {
        return Writes.run(validator, input, () -> new DocumentPayload(service.create(caller.get(), content(input),
                (input.tasks == null ? List.<PlanTaskInput>of() : input.tasks).stream().map(DocumentMutations::task).toList())));
    }

    @Mutation("updateDocument")
    @NonNull
    @Description("Corrects a document or a plan (sửa văn bản) as a whole, its links included: admin, or a reporter whose "
            + "subtree issued or drafted it, before and after the change. A plan keeps its tasks (the task mutations change "
            + "them), and a new issue date must not fall after a task's deadline or completion.")
    public DocumentPayload updateDocument(
            @NonNull @Name("input") @Description("The document as corrected (văn bản sau khi sửa): every field, its "
                    + "links, and the version read.") UpdateDocumentInput input) {
        return Writes.run(validator, input, () -> new DocumentPayload(service.update(caller.get(), input.documentId,
                input.version, content(input))));
    }

    @Mutation("addPlanTask")
    @NonNull
    @Description("Adds a task to a plan (thêm nhiệm vụ): who may correct the plan may. Answers the plan with its tasks and "
            + "its new version.")
    public DocumentPayload addPlanTask(
            @NonNull @Name("input") @Description("The plan, the version read and the new task (nhiệm vụ mới).") AddPlanTaskInput input) {
        return Writes.run(validator, input, () -> new DocumentPayload(service.addTask(caller.get(), change(input), input.number,
                task(input.task))));
    }

    @Mutation("revisePlanTask")
    @NonNull
    @Description("Corrects what a task of a plan assigns (sửa nhiệm vụ); its number and progress stay.")
    public DocumentPayload revisePlanTask(
            @NonNull @Name("input") @Description("The plan, the task's number and the task as "
                    + "corrected (nhiệm vụ sau khi sửa).") RevisePlanTaskInput input) {
        return Writes.run(validator, input, () -> new DocumentPayload(service.reviseTask(caller.get(), change(input), input.number,
                task(input.task))));
    }

    @Mutation("reportPlanTaskProgress")
    @NonNull
    @Description("Records how far a task of a plan got (báo cáo tiến độ nhiệm vụ): its status and, when DONE, the day.")
    public DocumentPayload reportPlanTaskProgress(
            @NonNull @Name("input") @Description("The plan, the task's number and how far "
                    + "it got (tiến độ nhiệm vụ).") ReportPlanTaskProgressInput input) {
        return Writes.run(validator, input, () -> new DocumentPayload(service.reportTaskProgress(caller.get(), change(input),
                input.number, new DocumentCommands.Progress(Enums.mirror(input.status, PlanTaskStatus.class), input.completedOn))));
    }

    @Mutation("removePlanTask")
    @NonNull
    @Description("Removes a task from a plan (xóa nhiệm vụ); the other tasks keep their numbers.")
    public DocumentPayload removePlanTask(
            @NonNull @Name("input") @Description("The plan and the number of the task to "
                    + "remove (nhiệm vụ cần xóa).") RemovePlanTaskInput input) {
        return Writes.run(validator, input, () -> new DocumentPayload(service.removeTask(caller.get(), change(input), input.number)));
    }

    private static DocumentCommands.PlanChange change(OfPlan input) {
        return new DocumentCommands.PlanChange(input.documentId, input.version, input.reason);
    }

    private static DocumentCommands.Task task(PlanTaskInput input) {
        return new DocumentCommands.Task(input.description, Enums.mirror(input.area, ReformArea.class), input.leadUnitCode,
                input.coordinatingUnitCodes, input.deadline, input.expectedOutput);
    }

    private static DocumentCommands.Content content(DocumentContent input) {
        return new DocumentCommands.Content(input.number, Enums.mirror(input.kind, DocumentKind.class), input.issuedOn,
                input.issuerCode, input.drafterCode, input.subject, input.planYear, Enums.mirror(input.planType, PlanType.class),
                (input.links == null ? List.<DocumentInputs.DocumentLinkInput>of() : input.links).stream()
                        .map(l -> new DocumentCommands.Link(Enums.mirror(l.type, LinkType.class), l.documentId)).toList());
    }
}
