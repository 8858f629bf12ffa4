package vn.cchc.api.audit;

import org.eclipse.microprofile.graphql.Description;
import vn.cchc.api.filter.DateFilter;
import vn.cchc.api.filter.IdFilter;
import vn.cchc.api.filter.StringFilter;
import vn.cchc.api.indicator.PeriodFilter;
import vn.cchc.api.unit.UnitFilter;
import vn.cchc.domain.audit.AuditAttribute;
import vn.cchc.domain.shared.Condition;
import vn.cchc.processor.FilterFields;

@FilterFields(name = "AuditFilter", attributes = AuditAttribute.class,
        complement = "",
        description = "Which audit entries (bộ lọc nhật ký): every field given must hold; and / or / not combine filters. "
                + "E.g. {unit: {within: \"NA\"}, entityType: {eq: \"Report\"}, recordedOn: {gte: \"2026-01-01\"}}.")
public abstract class AuditFilterFields {

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

    Condition period(String path) {
        return period.toCondition(path + ".period", AuditAttribute.PERIOD_YEAR,
                AuditAttribute.PERIOD_TYPE, AuditAttribute.PERIOD_NUMBER);
    }
}
