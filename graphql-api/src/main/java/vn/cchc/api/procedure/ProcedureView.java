package vn.cchc.api.procedure;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.mapping.Enums;
import vn.cchc.api.unit.UnitView;
import vn.cchc.domain.procedure.AdministrativeProcedure;
import vn.cchc.domain.procedure.ProcedureAttribute;
import vn.cchc.processor.ListOf;
import vn.cchc.processor.OrderBy;

@Type("Procedure")
@Description("An administrative procedure (thủ tục hành chính, TTHC) resolved by a competent unit.")
@ListOf(page = "administrative procedures (danh sách thủ tục hành chính)",
        nodes = "procedures", edge = "A procedure", node = "procedure",
        attributes = ProcedureAttribute.class, order = "procedures (sắp xếp thủ tục)",
        orderBy = {
                @OrderBy(value = "CODE", description = "The code (mã thủ tục)."),
                @OrderBy(value = "NAME", description = "The name (tên thủ tục)."),
                @OrderBy(value = "NATIONAL_CODE", description = "The national code (mã quốc gia); procedures without one last."),
                @OrderBy(value = "ONLINE_SERVICE", description = "The online service (dịch vụ công trực tuyến), by the name of the level; unknown last."),
                @OrderBy(value = "PUBLICISED", description = "Whether publicised (công khai): false first ascending.")})
public class ProcedureView {

    private final AdministrativeProcedure procedure;

    public ProcedureView(AdministrativeProcedure procedure) {
        this.procedure = procedure;
    }

    /** The entity's id, for loading nested lists of many parents at once; not part of the schema. */
    public long entityId() {
        return procedure.id();
    }

    /** The level on a day, as the domain defines it; not part of the schema. */
    OnlineServiceOnDayView onlineServiceOn(LocalDate day) {
        return new OnlineServiceOnDayView(day, procedure.onlineServiceOn(day));
    }

    @Id
    @NonNull
    @Description("Opaque identifier (mã định danh nội bộ).")
    public String getId() {
        return String.valueOf(procedure.id());
    }

    @Description("The version (phiên bản): it rises with every change; every change names the version it was made from.")
    public int getVersion() {
        return (int) procedure.version();
    }

    @NonNull
    @Description("Stable code in this system (mã thủ tục).")
    public String getCode() {
        return procedure.code();
    }

    @Description("Code in the national procedure database (mã thủ tục trên Cơ sở dữ liệu quốc gia); null when not known.")
    public String getNationalCode() {
        return procedure.nationalCode().orElse(null);
    }

    @NonNull
    @Description("Vietnamese name (tên thủ tục).")
    public String getName() {
        return procedure.name();
    }

    @NonNull
    @Description("The field of the procedure (lĩnh vực).")
    public ProcedureFieldView getField() {
        return new ProcedureFieldView(procedure.field());
    }

    @NonNull
    @Description("The unit competent to resolve it (cơ quan có thẩm quyền giải quyết).")
    public UnitView getCompetentUnit() {
        return new UnitView(procedure.competentUnit());
    }

    @Description("Online public service level 1-4 of Nghị định 43/2011/NĐ-CP (mức độ dịch vụ công trực tuyến); null when not known.")
    public Integer getLegacyOnlineLevel() {
        return procedure.legacyOnlineLevel().orElse(null);
    }

    @Description("Online public service under Nghị định 42/2022/NĐ-CP (toàn trình / một phần); null when not known.")
    public OnlineServiceView getOnlineService() {
        return procedure.onlineService().map(s -> Enums.mirror(s, OnlineServiceView.class)).orElse(null);
    }

    @NonNull
    @Description("The dated changes of its online service level, oldest first (lịch sử mức độ dịch vụ công trực tuyến); "
            + "empty when only the current level is known.")
    public List<@NonNull OnlineServiceChangeView> getOnlineServiceHistory() {
        return procedure.onlineServiceChanges().stream().map(OnlineServiceChangeView::new).toList();
    }

    @NonNull
    @Description("Whether the procedure is publicised (công khai) on the website, the provincial portal and at the one-stop shop.")
    public boolean isPublicised() {
        return procedure.isPublicised();
    }
}
