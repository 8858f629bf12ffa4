package vn.cchc.application.finding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cchc.domain.finding.FindingSettings;

/** The rules' thresholds as the server is configured, {@link FindingSettings#DEFAULT}'s where it says nothing. */
@ApplicationScoped
public class FindingSettingsConfig {

    @Produces
    @Singleton
    FindingSettings settings(@ConfigProperty(name = "cchc.findings.tolerance-percent", defaultValue = "5") double tolerancePercent,
                             @ConfigProperty(name = "cchc.findings.jump-factor", defaultValue = "3") double jumpFactor,
                             @ConfigProperty(name = "cchc.findings.jump-minimum", defaultValue = "20") long jumpMinimum) {
        return new FindingSettings(tolerancePercent, jumpFactor, jumpMinimum);
    }
}
