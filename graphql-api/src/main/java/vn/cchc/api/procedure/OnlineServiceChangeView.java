package vn.cchc.api.procedure;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.mapping.Enums;
import vn.cchc.domain.procedure.OnlineServiceChange;

@Type("OnlineServiceChange")
@Description("A dated change of a procedure's online service level (thay đổi mức độ dịch vụ công trực tuyến).")
public class OnlineServiceChangeView {

    private final OnlineServiceChange change;

    OnlineServiceChangeView(OnlineServiceChange change) {
        this.change = change;
    }

    @NonNull
    @Description("The first day the level applied (ngày áp dụng), ISO-8601.")
    public LocalDate getEffectiveFrom() {
        return change.effectiveFrom();
    }

    @Description("The legacy level 1-4 (Nghị định 43/2011/NĐ-CP), where the change was made in that scheme.")
    public Integer getLegacyLevel() {
        return change.legacyLevel().orElse(null);
    }

    @NonNull
    @Description("The level under Nghị định 42/2022/NĐ-CP (toàn trình / một phần / chưa trực tuyến).")
    public OnlineServiceView getOnlineService() {
        return Enums.mirror(change.service(), OnlineServiceView.class);
    }
}
