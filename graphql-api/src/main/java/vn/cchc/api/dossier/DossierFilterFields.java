package vn.cchc.api.dossier;

import org.eclipse.microprofile.graphql.Description;
import vn.cchc.api.filter.DateFilter;
import vn.cchc.api.filter.StringFilter;
import vn.cchc.api.procedure.ProcedureFilter;
import vn.cchc.api.unit.UnitFilter;
import vn.cchc.domain.dossier.DossierAttribute;
import vn.cchc.processor.FilterFields;

@FilterFields(name = "DossierFilter", attributes = DossierAttribute.class,
        complement = "the exact complement, dossiers without a value included",
        description = "Which dossiers (bộ lọc hồ sơ): every field given must hold; and / or / not combine filters. E.g. the late ones of a province received in 2024: {unit: {within: \"MH-TINH\"}, status: {eq: RESOLVED_LATE}, receivedOn: {gte: \"2024-01-01\", lte: \"2024-12-31\"}}.")
public abstract class DossierFilterFields {

    @Description("The code the unit gave it (mã hồ sơ).")
    public StringFilter code;

    @Description("The receiving unit (đơn vị tiếp nhận) matches this filter.")
    public UnitFilter unit;

    @Description("The procedure (thủ tục) matches this filter, e.g. {field: {code: {eq: \"...\"}}}.")
    public ProcedureFilter procedure;

    @Description("The status (trạng thái).")
    public DossierStatusFilter status;

    @Description("How it was submitted (hình thức nộp).")
    public DossierChannelFilter channel;

    @Description("The kind (loại hồ sơ).")
    public DossierKindFilter kind;

    @Description("The day received (ngày tiếp nhận).")
    public DateFilter receivedOn;

    @Description("The due day (ngày hẹn trả).")
    public DateFilter dueOn;

    @Description("The day closed (ngày kết thúc); open dossiers match no comparison.")
    public DateFilter closedOn;
}
