package vn.cchc.api.dossier;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.mapping.Enums;
import vn.cchc.api.procedure.ProcedureView;
import vn.cchc.api.unit.UnitView;
import vn.cchc.domain.dossier.Dossier;
import vn.cchc.domain.dossier.DossierAttribute;
import vn.cchc.processor.ListOf;
import vn.cchc.processor.OrderBy;

@Type("Dossier")
@Description("A dossier (hồ sơ): one application for an administrative procedure at a one-stop shop, from receipt "
        + "to result.")
@ListOf(page = "dossiers (danh sách hồ sơ)", nodes = "dossiers", edge = "A dossier", node = "dossier",
        attributes = DossierAttribute.class, order = "dossiers (sắp xếp hồ sơ)",
        orderBy = {
                @OrderBy(value = "RECEIVED_ON", description = "The day received (ngày tiếp nhận)."),
                @OrderBy(value = "DUE_ON", description = "The due day (ngày hẹn trả)."),
                @OrderBy(value = "CLOSED_ON", description = "The day closed (ngày kết thúc); open dossiers last."),
                @OrderBy(value = "CODE", description = "The code (mã hồ sơ)."),
                @OrderBy(value = "STATUS", description = "The status (trạng thái), by its name."),
                @OrderBy(value = "CHANNEL", description = "The channel (hình thức nộp), by its name."),
                @OrderBy(value = "KIND", description = "The kind (loại hồ sơ), by its name.")})
public class DossierView {

    private final Dossier dossier;

    public DossierView(Dossier dossier) {
        this.dossier = dossier;
    }

    @Id
    @NonNull
    @Description("Opaque identifier (mã định danh nội bộ).")
    public String getId() {
        return String.valueOf(dossier.id());
    }

    @NonNull
    @Description("The code the one-stop system gave it (mã hồ sơ), unique within its unit.")
    public String getCode() {
        return dossier.code();
    }

    @NonNull
    @Description("The procedure applied for (thủ tục hành chính).")
    public ProcedureView getProcedure() {
        return new ProcedureView(dossier.procedure());
    }

    @NonNull
    @Description("The unit that received it (đơn vị tiếp nhận).")
    public UnitView getUnit() {
        return new UnitView(dossier.unit());
    }

    @NonNull
    @Description("Day received (ngày tiếp nhận), ISO-8601.")
    public LocalDate getReceivedOn() {
        return dossier.receivedOn();
    }

    @NonNull
    @Description("Day the result is due (ngày hẹn trả kết quả), ISO-8601.")
    public LocalDate getDueOn() {
        return dossier.dueOn();
    }

    @Description("Day it was resolved, returned or withdrawn (ngày kết thúc), ISO-8601; null while open.")
    public LocalDate getClosedOn() {
        return dossier.closedOn().orElse(null);
    }

    @NonNull
    @Description("How it was submitted (hình thức nộp).")
    public DossierChannelView getChannel() {
        return Enums.mirror(dossier.channel(), DossierChannelView.class);
    }

    @NonNull
    @Description("What it asks for (loại hồ sơ).")
    public DossierKindView getKind() {
        return Enums.mirror(dossier.kind(), DossierKindView.class);
    }

    @NonNull
    @Description("Where it stands (trạng thái).")
    public DossierStatusView getStatus() {
        return Enums.mirror(dossier.status(), DossierStatusView.class);
    }
}
