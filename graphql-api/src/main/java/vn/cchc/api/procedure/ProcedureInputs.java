package vn.cchc.api.procedure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * The inputs of the procedure mutations. Their constraints are checked before the service runs; the domain's rules
 * (a legacy level that agrees with the service, changes in date order, ...) follow in the service.
 */
public final class ProcedureInputs {

    private ProcedureInputs() {
    }

    /** What a procedure is, on creation and on every correction alike. */
    public abstract static class ProcedureContent {

        @Size(max = 64)
        @Description("The code in the national procedure database (mã TTHC quốc gia), e.g. 1.004226.")
        public String nationalCode;

        @NotBlank
        @Size(max = 1000)
        @Description("The name (tên thủ tục).")
        public String name;

        @NotBlank
        @Size(max = 64)
        @Description("The field's code (mã lĩnh vực), one of procedureFields.")
        public String fieldCode;

        @NotBlank
        @Size(max = 64)
        @Description("The competent unit's code (cơ quan có thẩm quyền), an open unit.")
        public String competentUnitCode;

        @Description("Publicised (đã công bố): true publicises it; a publicised procedure stays publicised.")
        public Boolean publicised;
    }

    @Input("OnlineLevelInput")
    @Description("An online service level from a day on (mức độ dịch vụ công trực tuyến): the legacy level 1-4 of Nghị định "
            + "43/2011, the service of Nghị định 42/2022, or both when they agree (4 = FULL, 3 = PARTIAL, 1-2 = NONE).")
    public static class OnlineLevelInput {

        @NotNull
        @Description("The day it takes effect (ngày áp dụng), ISO-8601.")
        public LocalDate effectiveFrom;

        @Min(1)
        @Max(4)
        @Description("The legacy level 1-4 (mức độ theo Nghị định 43/2011).")
        public Integer legacyLevel;

        @Description("The online service (toàn trình / một phần / không), derived from the legacy level when left out.")
        public OnlineServiceView service;
    }

    @Input("CreateProcedureInput")
    @Description("A new procedure (thêm thủ tục hành chính): of a competent unit in the caller's subtree.")
    public static class CreateProcedureInput extends ProcedureContent {

        @NotBlank
        @Size(max = 64)
        @Description("Its code (mã thủ tục), unique.")
        public String code;

        @Valid
        @Description("The level it is offered at from a day on, the first entry of its history; left out when not known.")
        public OnlineLevelInput onlineLevel;
    }

    @Input("UpdateProcedureInput")
    @Description("A procedure as it is to be corrected (sửa thủ tục hành chính); its online level changes with changeOnlineService.")
    public static class UpdateProcedureInput extends ProcedureContent {

        @NonNull
        @Description("The procedure's code (mã thủ tục).")
        public String code;

        @NonNull
        @Description("The procedure's version as the client read it (phiên bản); a stale one is refused with CONFLICT.")
        public Integer version;
    }

    @Input("ChangeOnlineServiceInput")
    @Description("A change of a procedure's online level from a day on (thay đổi mức độ DVC trực tuyến), after every "
            + "change already recorded; the history keeps the earlier levels with their dates.")
    public static class ChangeOnlineServiceInput extends OnlineLevelInput {

        @NonNull
        @Description("The procedure's code (mã thủ tục).")
        public String code;

        @NonNull
        @Description("The procedure's version as the client read it (phiên bản); a stale one is refused with CONFLICT.")
        public Integer version;
    }
}
