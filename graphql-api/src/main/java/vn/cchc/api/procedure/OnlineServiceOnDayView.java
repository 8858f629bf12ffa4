package vn.cchc.api.procedure;

import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.mapping.Enums;
import vn.cchc.domain.procedure.OnlineService;

@Type("OnlineServiceOnDay")
@Description("A procedure's online service level on one day (mức độ dịch vụ công trực tuyến tại một ngày), as the "
        + "procedure's history defines it.")
public class OnlineServiceOnDayView {

    private final LocalDate day;
    private final OnlineService service;

    OnlineServiceOnDayView(LocalDate day, Optional<OnlineService> service) {
        this.day = day;
        this.service = service.orElse(null);
    }

    @NonNull
    @Description("The day asked (ngày).")
    public LocalDate getDay() {
        return day;
    }

    @Description("The level under Nghị định 42/2022/NĐ-CP in force that day: with a dated history, that of the last change "
            + "on or before the day; without one, the current level, recorded without a date, on every day. NONE when the "
            + "procedure was not an online public service that day; null when its level that day is not known: before its "
            + "first dated change, or when no level was ever recorded.")
    public OnlineServiceView getOnlineService() {
        return Enums.mirror(service, OnlineServiceView.class);
    }
}
