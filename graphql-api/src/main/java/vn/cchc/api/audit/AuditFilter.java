package vn.cchc.api.audit;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import vn.cchc.api.filter.Conditions;
import vn.cchc.api.filter.DateFilter;
import vn.cchc.api.filter.EntityFilter;
import vn.cchc.api.filter.IdFilter;
import vn.cchc.api.filter.StringFilter;
import vn.cchc.api.indicator.PeriodFilter;
import vn.cchc.api.unit.UnitFilter;
import vn.cchc.domain.audit.AuditAttribute;
import vn.cchc.domain.shared.Condition;

@Input("AuditFilter")
@Description("Which audit entries (bộ lọc nhật ký): every field given must hold; and / or / not combine filters. "
        + "E.g. {unit: {within: \"NA\"}, entityType: {eq: \"Report\"}, recordedOn: {gte: \"2026-01-01\"}}.")
public class AuditFilter implements EntityFilter {

    @Description("The unit of the changed entity (đơn vị) matches this filter.")
    public UnitFilter unit;

    @Description("Who made the change (người thực hiện): the user name.")
    public StringFilter actor;

    @Description("What was done (thao tác), as the mutation names it: createReport, submitReport, ...")
    public StringFilter action;

    @Description("The kind of entity changed (loại đối tượng), e.g. Report.")
    public StringFilter entityType;

    @Description("The id of the entity changed (mã đối tượng).")
    public IdFilter entityId;

    @Description("The period the changed entity is about (kỳ báo cáo), when it is about one.")
    public PeriodFilter period;

    @Description("The day the change was recorded, UTC (ngày ghi nhận).")
    public DateFilter recordedOn;

    // no @NonNull on the elements: on an input field this engine would make the whole list required
    @Description("Every one of these filters holds (và).")
    public List<AuditFilter> and;

    @Description("At least one of these filters holds (hoặc); [] matches nothing.")
    public List<AuditFilter> or;

    @Description("This filter does not hold (không).")
    public AuditFilter not;

    @Override
    public Condition toCondition(String path) {
        return Conditions.at(path)
                .related("unit", unit, AuditAttribute.UNIT)
                .value("actor", actor, AuditAttribute.ACTOR)
                .value("action", action, AuditAttribute.ACTION)
                .value("entityType", entityType, AuditAttribute.ENTITY_TYPE)
                .value("entityId", entityId, AuditAttribute.ENTITY_ID)
                .given("period", period, () -> period.toCondition(path + ".period", AuditAttribute.PERIOD_YEAR,
                        AuditAttribute.PERIOD_TYPE, AuditAttribute.PERIOD_NUMBER))
                .value("recordedOn", recordedOn, AuditAttribute.RECORDED_ON)
                .build(and, or, not);
    }
}
