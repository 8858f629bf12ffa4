package vn.cchc.api.audit;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.indicator.PeriodView;
import vn.cchc.api.unit.UnitView;
import vn.cchc.domain.audit.AuditEntry;
import vn.cchc.processor.ListOf;

@Type("AuditEntry")
@Description("One change (một thay đổi): who, when, what (the entity, its unit and period, before and after) and why.")
@ListOf(page = "the audit trail (nhật ký thay đổi)", nodes = "entries", edge = "An audit entry", node = "entry")
public class AuditEntryView {

    private final AuditEntry entry;

    public AuditEntryView(AuditEntry entry) {
        this.entry = entry;
    }

    @Id
    @NonNull
    @Description("Opaque identifier (mã định danh nội bộ).")
    public String getId() {
        return String.valueOf(entry.id());
    }

    @NonNull
    @Description("When (thời điểm), ISO-8601 in UTC, e.g. 2026-04-02T08:15:30.123Z.")
    public String getRecordedAt() {
        return entry.recordedAt().toString();
    }

    @NonNull
    @Description("Who (người thực hiện): the caller's user name.")
    public String getActor() {
        return entry.actor();
    }

    @NonNull
    @Description("What was done (thao tác): the mutation, e.g. createReport, submitReport, approveReport.")
    public String getAction() {
        return entry.action();
    }

    @NonNull
    @Description("The kind of entity changed (loại đối tượng), e.g. Report.")
    public String getEntityType() {
        return entry.entityType();
    }

    @Id
    @NonNull
    @Description("The id of the entity changed (mã đối tượng).")
    public String getEntityId() {
        return String.valueOf(entry.entityId());
    }

    @Description("The unit the entity belongs to (đơn vị).")
    public UnitView getUnit() {
        return entry.unit().map(UnitView::new).orElse(null);
    }

    @Description("The period the entity is about (kỳ báo cáo), if any.")
    public PeriodView getPeriod() {
        return entry.period().map(PeriodView::new).orElse(null);
    }

    @Description("The entity before the change (trước khi thay đổi), as JSON; null when it was created.")
    public String getBefore() {
        return entry.before().orElse(null);
    }

    @Description("The entity after the change (sau khi thay đổi), as JSON.")
    public String getAfter() {
        return entry.after().orElse(null);
    }

    @Description("Why (lý do), where the change gave a reason.")
    public String getReason() {
        return entry.reason().orElse(null);
    }
}
