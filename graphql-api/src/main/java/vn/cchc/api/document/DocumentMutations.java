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
import vn.cchc.api.document.DocumentInputs.CreateDocumentInput;
import vn.cchc.api.document.DocumentInputs.DocumentContent;
import vn.cchc.api.document.DocumentInputs.UpdateDocumentInput;
import vn.cchc.api.error.Writes;
import vn.cchc.api.mapping.Enums;
import vn.cchc.api.security.CurrentCaller;
import vn.cchc.application.document.DocumentCommands;
import vn.cchc.application.document.DocumentService;
import vn.cchc.domain.document.DocumentKind;
import vn.cchc.domain.document.LinkType;
import vn.cchc.domain.document.PlanType;

/** Documents and plans over GraphQL. Thin: each mutation hands its input as a command to the {@link DocumentService}. */
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
    @Description("Records a document or a plan (thêm văn bản, kế hoạch) with its links: admin, or a reporter whose subtree "
            + "issued or drafted it.")
    public DocumentPayload createDocument(@NonNull @Name("input") CreateDocumentInput input) {
        return Writes.run(validator, input, () -> new DocumentPayload(service.create(caller.get(), content(input))));
    }

    @Mutation("updateDocument")
    @NonNull
    @Description("Corrects a document or a plan (sửa văn bản) as a whole, its links included: admin, or a reporter whose "
            + "subtree issued or drafted it, before and after the change.")
    public DocumentPayload updateDocument(@NonNull @Name("input") UpdateDocumentInput input) {
        return Writes.run(validator, input, () -> new DocumentPayload(service.update(caller.get(), input.documentId,
                input.version, content(input))));
    }

    private static DocumentCommands.Content content(DocumentContent input) {
        return new DocumentCommands.Content(input.number, Enums.mirror(input.kind, DocumentKind.class), input.issuedOn,
                input.issuerCode, input.drafterCode, input.subject, input.planYear, Enums.mirror(input.planType, PlanType.class),
                (input.links == null ? List.<DocumentInputs.DocumentLinkInput>of() : input.links).stream()
                        .map(l -> new DocumentCommands.Link(Enums.mirror(l.type, LinkType.class), l.documentId)).toList());
    }
}
