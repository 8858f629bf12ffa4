package vn.cchc.api.dossier;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import vn.cchc.api.filter.Conditions;
import vn.cchc.api.filter.DateFilter;
import vn.cchc.api.filter.EntityFilter;
import vn.cchc.api.filter.StringFilter;
import vn.cchc.api.procedure.ProcedureFilter;
import vn.cchc.api.unit.UnitFilter;
import vn.cchc.domain.dossier.DossierAttribute;
import vn.cchc.domain.shared.Condition;

@Input("DossierFilter")
@Description("Which dossiers (bộ lọc hồ sơ): every field given must hold; and / or / not combine filters. E.g. the late ones of a province received in 2024: {unit: {within: \"MH-TINH\"}, status: {eq: RESOLVED_LATE}, receivedOn: {gte: \"2024-01-01\", lte: \"2024-12-31\"}}.")
public class DossierFilter implements EntityFilter {

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

    // no @NonNull on the elements: on an input field this engine would make the whole list required
    @Description("Every one of these filters holds (và).")
    public List<DossierFilter> and;

    @Description("At least one of these filters holds (hoặc); [] matches nothing.")
    public List<DossierFilter> or;

    @Description("This filter does not hold (không): the exact complement, dossiers without a value included.")
    public DossierFilter not;

    @Override
    public Condition toCondition(String path) {
        return Conditions.at(path)
                .value("code", code, DossierAttribute.CODE)
                .related("unit", unit, DossierAttribute.UNIT)
                .related("procedure", procedure, DossierAttribute.PROCEDURE)
                .value("status", status, DossierAttribute.STATUS)
                .value("channel", channel, DossierAttribute.CHANNEL)
                .value("kind", kind, DossierAttribute.KIND)
                .value("receivedOn", receivedOn, DossierAttribute.RECEIVED_ON)
                .value("dueOn", dueOn, DossierAttribute.DUE_ON)
                .value("closedOn", closedOn, DossierAttribute.CLOSED_ON)
                .build(and, or, not);
    }
}
