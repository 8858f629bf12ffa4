package vn.cchc.api.unit;

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
import vn.cchc.api.security.CurrentCaller;
import vn.cchc.api.unit.UnitInputs.CloseUnitInput;
import vn.cchc.api.unit.UnitInputs.CreateUnitInput;
import vn.cchc.api.unit.UnitInputs.MoveUnitInput;
import vn.cchc.api.unit.UnitInputs.RenameUnitInput;
import vn.cchc.application.unit.UnitCommands;
import vn.cchc.application.unit.UnitService;
import vn.cchc.domain.unit.UnitKind;

/** The unit tree's changes over GraphQL. Thin: each mutation hands its input as a command to the {@link UnitService}. */
@GraphQLApi
@ApplicationScoped
public class UnitMutations {

    @Inject
    UnitService service;

    @Inject
    CurrentCaller caller;

    @Inject
    Validator validator;

    @Mutation("createUnit")
    @NonNull
    @Description("Creates a unit (thêm đơn vị): admin anywhere, a reporter below a unit of its subtree. The code is new, "
            + "the unit above exists on the day the new one starts.")
    public UnitPayload createUnit(
            @NonNull @Name("input") @Description("The new unit (đơn vị mới): its code, names, kind, the unit "
                    + "above it and the day it began.") CreateUnitInput input) {
        return Writes.run(validator, input, () -> new UnitPayload(service.create(caller.get(), new UnitCommands.NewUnit(
                input.code, input.name, input.shortName, Enums.mirror(input.kind, UnitKind.class), input.parentCode,
                input.validFrom))));
    }

    @Mutation("renameUnit")
    @NonNull
    @Description("Renames a unit (đổi tên đơn vị): admin, or a reporter of its subtree.")
    public UnitPayload renameUnit(
            @NonNull @Name("input") @Description("The unit, the version read and its new names (tên mới).") RenameUnitInput input) {
        return Writes.run(validator, input, () -> new UnitPayload(service.rename(caller.get(),
                new UnitCommands.Renaming(input.code, input.version, input.name, input.shortName))));
    }

    @Mutation("moveUnit")
    @NonNull
    @Description("Moves a unit and its whole subtree under another unit (chuyển đơn vị): admin, or a reporter whose subtree "
            + "holds both; never under itself or its own descendant.")
    public UnitPayload moveUnit(
            @NonNull @Name("input") @Description("The unit, the version read and the new unit above "
                    + "it (đơn vị cấp trên mới).") MoveUnitInput input) {
        return Writes.run(validator, input, () -> new UnitPayload(service.move(caller.get(),
                new UnitCommands.Move(input.code, input.version, input.parentCode))));
    }

    @Mutation("closeUnit")
    @NonNull
    @Description("Closes a unit from a day on and links the unit that succeeds it (sáp nhập, giải thể): admin, or a "
            + "reporter whose subtree holds both. Reports, documents and dossiers of the closed unit stay as they were.")
    public UnitPayload closeUnit(
            @NonNull @Name("input") @Description("The unit, the version read, the day it closes and the unit that "
                    + "takes over (đơn vị kế thừa).") CloseUnitInput input) {
        return Writes.run(validator, input, () -> new UnitPayload(service.close(caller.get(),
                new UnitCommands.Closing(input.code, input.version, input.closedOn, input.successorCode, input.reason))));
    }
}
