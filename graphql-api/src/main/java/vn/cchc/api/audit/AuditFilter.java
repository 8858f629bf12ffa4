package vn.cchc.api.audit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import vn.cchc.api.analytics.PeriodInput;
import vn.cchc.api.error.Arguments;
import vn.cchc.domain.audit.AuditCriteria;
import vn.cchc.domain.shared.DomainException;

@Input("AuditFilter")
@Description("Which audit entries to list (bộ lọc nhật ký); fields left out match everything, given fields must all match.")
public class AuditFilter {

    @Description("Only changes to entities of the unit with this code (đơn vị).")
    public String unitCode;

    @Description("Only changes to entities of units in the subtree of this unit, itself included (trong đơn vị).")
    public String withinCode;

    @Description("Only changes to this kind of entity (loại đối tượng), e.g. Report.")
    public String entityType;

    @Description("Only changes to the entity with this id (mã đối tượng).")
    public String entityId;

    @Description("Only changes to entities about this period (kỳ báo cáo).")
    public PeriodInput period;

    @Description("Only changes made on or after this day, UTC (từ ngày).")
    public LocalDate from;

    @Description("Only changes made on or before this day, UTC (đến ngày).")
    public LocalDate to;

    static AuditCriteria toCriteria(AuditFilter filter) {
        if (filter == null) {
            return AuditCriteria.any();
        }
        Long id = null;
        if (filter.entityId != null) {
            id = Arguments.read("filter.entityId", () -> {
                try {
                    return Long.valueOf(filter.entityId);
                } catch (NumberFormatException e) {
                    throw new DomainException("BAD_USER_INPUT", "'" + filter.entityId + "' is not an id");
                }
            });
        }
        return new AuditCriteria(filter.unitCode, filter.withinCode, filter.entityType, id,
                filter.period == null ? null : Arguments.read("filter.period", () -> filter.period.value().toPeriod()),
                filter.from == null ? null : filter.from.atStartOfDay().toInstant(ZoneOffset.UTC),
                filter.to == null ? null : filter.to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
