package vn.cchc.domain.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Days as the provinces live them: the day it is in Vietnam (UTC+7), whatever zone the server runs in. */
public final class VietnamCalendar {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamCalendar() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
