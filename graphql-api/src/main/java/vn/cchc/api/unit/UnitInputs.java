package vn.cchc.api.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * The inputs of the unit mutations. Their constraints are checked before the service runs (each broken one is an error
 * with the input path); the domain's rules follow in the service. Lengths are the columns'.
 */
public final class UnitInputs {

    private UnitInputs() {
    }

    /** The unit a change applies to and the version the client read. */
    public abstract static class OfUnit {

        @NonNull
        @Description("The unit's code (mã đơn vị), e.g. NA-SKHCN.")
        public String code;

        @NonNull
        @Description("The unit's version as the client read it (phiên bản); a stale one is refused with CONFLICT.")
        public Integer version;
    }

    @Input("CreateUnitInput")
    @Description("A new unit (thêm đơn vị): below a unit of the caller's subtree; only admin creates a unit at the top.")
    public static class CreateUnitInput {

        @NotBlank
        @Size(max = 64)
        @Description("Its code (mã đơn vị): upper-case letters, digits, '-' or '_', unique, e.g. NA-SKHCN-KHTC.")
        public String code;

        @NotBlank
        @Size(max = 300)
        @Description("Its full name (tên đơn vị).")
        public String name;

        @Size(max = 100)
        @Description("Its short name (tên viết tắt).")
        public String shortName;

        @NotNull
        @Description("Its kind (loại đơn vị).")
        public UnitKindView kind;

        @Size(max = 64)
        @Description("The code of the unit above it (đơn vị cấp trên), open on validFrom; none for a unit at the top.")
        public String parentCode;

        @Description("The day it came into being (ngày thành lập), ISO-8601; none when not known.")
        public LocalDate validFrom;
    }

    @Input("RenameUnitInput")
    @Description("A unit's new name (đổi tên đơn vị).")
    public static class RenameUnitInput extends OfUnit {

        @NotBlank
        @Size(max = 300)
        @Description("The new full name (tên đơn vị).")
        public String name;

        @Size(max = 100)
        @Description("The new short name (tên viết tắt); left out: none.")
        public String shortName;
    }

    @Input("MoveUnitInput")
    @Description("A unit's new place in the tree (chuyển đơn vị), with its whole subtree.")
    public static class MoveUnitInput extends OfUnit {

        @Size(max = 64)
        @Description("The code of the new unit above it (đơn vị cấp trên mới), an open unit not below it; none: the top "
                + "of the tree (admin only).")
        public String parentCode;
    }

    @Input("CloseUnitInput")
    @Description("A unit closed and succeeded by another (giải thể, sáp nhập), as in the 2025 mergers.")
    public static class CloseUnitInput extends OfUnit {

        @NotNull
        @Description("The first day the unit no longer exists (ngày sáp nhập có hiệu lực), ISO-8601; its last day is the "
                + "day before. After the unit opened.")
        public LocalDate closedOn;

        @NotBlank
        @Size(max = 64)
        @Description("The code of the unit that takes over (đơn vị kế thừa), open on closedOn.")
        public String successorCode;

        @Size(max = 2000)
        @Description("Why (lý do), e.g. the merger decision; kept in the audit trail.")
        public String reason;
    }
}
