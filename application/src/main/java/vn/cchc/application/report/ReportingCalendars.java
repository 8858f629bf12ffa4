package vn.cchc.application.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cchc.domain.period.ReportingCalendar;

/**
 * The reporting calendar the server follows: Công văn 581/BNV-CCHC's, or the regimes {@code cchc.reporting-calendar}
 * writes when a newer circular changes them (see {@link ReportingCalendar#parse}); a calendar that cannot be read
 * stops the application at start, naming what is wrong.
 */
@ApplicationScoped
public class ReportingCalendars {

    @Produces
    @Singleton
    ReportingCalendar calendar(@ConfigProperty(name = "cchc.reporting-calendar") Optional<String> written) {
        return written.filter(w -> !w.isBlank()).map(ReportingCalendar::parse).orElse(ReportingCalendar.DEFAULT);
    }

    /** Reads the calendar as the application starts, so that a wrong one stops it then, not at its first question. */
    void readAtStart(@Observes @Initialized(ApplicationScoped.class) Object started, ReportingCalendar calendar) {
        // reading it is the check
    }
}
