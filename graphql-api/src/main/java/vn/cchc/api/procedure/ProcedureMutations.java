package vn.cchc.api.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import vn.cchc.api.error.Writes;
import vn.cchc.api.mapping.Enums;
import vn.cchc.api.procedure.ProcedureInputs.ChangeOnlineServiceInput;
import vn.cchc.api.procedure.ProcedureInputs.CreateProcedureInput;
import vn.cchc.api.procedure.ProcedureInputs.OnlineLevelInput;
import vn.cchc.api.procedure.ProcedureInputs.ProcedureContent;
import vn.cchc.api.procedure.ProcedureInputs.UpdateProcedureInput;
import vn.cchc.api.security.CurrentCaller;
import vn.cchc.application.procedure.ProcedureCommands;
import vn.cchc.application.procedure.ProcedureService;
import vn.cchc.domain.procedure.OnlineService;

/** Procedures over GraphQL. Thin: each mutation hands its input as a command to the {@link ProcedureService}. */
@GraphQLApi
@ApplicationScoped
public class ProcedureMutations {

    @Inject
    ProcedureService service;

    @Inject
    CurrentCaller caller;

    @Inject
    Validator validator;

    @Mutation("createProcedure")
    @NonNull
    @Description("Records a procedure (thêm thủ tục hành chính), with its online level from a day on when known: admin, or "
            + "a reporter whose subtree holds the competent unit.")
    public ProcedurePayload createProcedure(
            @NonNull @Name("input") @Description("The procedure to record (thủ tục hành chính mới), with "
                    + "its online level when known.") CreateProcedureInput input) {
        return Writes.run(validator, input, () -> new ProcedurePayload(service.create(caller.get(), input.code,
                description(input, input.onlineLevel))));
    }

    @Mutation("updateProcedure")
    @NonNull
    @Description("Corrects a procedure (sửa thủ tục hành chính): admin, or a reporter whose subtree holds the competent unit, "
            + "before and after the change.")
    public ProcedurePayload updateProcedure(
            @NonNull @Name("input") @Description("The procedure as corrected (thủ tục sau khi sửa), by "
                    + "code, with the version read.") UpdateProcedureInput input) {
        return Writes.run(validator, input, () -> new ProcedurePayload(service.update(caller.get(), input.code, input.version,
                description(input, null))));
    }

    @Mutation("changeOnlineService")
    @NonNull
    @Description("Records a change of a procedure's online level from a day on (thay đổi mức độ DVC trực tuyến), kept in its "
            + "onlineServiceHistory; the latest change is the current level.")
    public ProcedurePayload changeOnlineService(
            @NonNull @Name("input") @Description("The procedure and its online level from a day on "
                    + "(mức độ DVC trực tuyến mới).") ChangeOnlineServiceInput input) {
        return Writes.run(validator, input, () -> new ProcedurePayload(service.changeOnlineService(caller.get(), input.code,
                input.version, level(input))));
    }

    private static ProcedureCommands.Description description(ProcedureContent input, OnlineLevelInput level) {
        return new ProcedureCommands.Description(input.nationalCode, input.name, input.fieldCode, input.competentUnitCode,
                Boolean.TRUE.equals(input.publicised), level == null ? null : level(level));
    }

    private static ProcedureCommands.Level level(OnlineLevelInput input) {
        return new ProcedureCommands.Level(input.effectiveFrom, input.legacyLevel, Enums.mirror(input.service, OnlineService.class));
    }
}
