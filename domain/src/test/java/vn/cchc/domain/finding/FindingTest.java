package vn.cchc.domain.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.domain.shared.Rejections.assertRejected;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.domain.finding.rule.PeriodNotReported;

class FindingTest {

    private static final Instant T0 = Instant.parse("2022-04-01T01:00:00Z");
    private static final Instant T1 = Instant.parse("2022-04-02T01:00:00Z");

    private final Cases c = new Cases();
    private final Detection missing = new Detection(new PeriodNotReported(), "report", "chưa gửi", "not sent",
            List.of(new Evidence(EvidenceKind.UNIT, "NA-SKHCN", "Sở Khoa học và Công nghệ")));

    private Finding found() {
        return new Finding(missing, c.department, Cases.Q1, null, "noivu", T0);
    }

    @Test
    void shouldOpenWithItsRuleSeverityKeyAndWhoFoundIt() {
        Finding f = found();
        assertThat(f.status()).isEqualTo(FindingStatus.OPEN);
        assertThat(f.rule()).isEqualTo("PERIOD_NOT_REPORTED");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.key()).isEqualTo("PERIOD_NOT_REPORTED|NA-SKHCN|" + Cases.Q1 + "|report");
        assertThat(f.changedBy()).isEqualTo("noivu");
        assertThat(f.evidence()).hasSize(1);
    }

    @Test
    void shouldBeAcknowledgedOnlyWithAComment() {
        Finding f = found();
        assertRejected(() -> f.acknowledge("  ", "reporter", T1), "COMMENT_REQUIRED");
        f.acknowledge("Đơn vị sáp nhập từ quý II", "reporter", T1);
        assertThat(f.status()).isEqualTo(FindingStatus.ACKNOWLEDGED);
        assertThat(f.comment()).contains("Đơn vị sáp nhập từ quý II");
        assertThat(f.changedBy()).isEqualTo("reporter");
        assertThat(f.changedAt()).isEqualTo(T1);
    }

    @Test
    void shouldStayAcknowledgedWhenFoundAgainAndOpenAgainOnceResolved() {
        Finding f = found();
        f.acknowledge("Giải trình", "reporter", T1);
        assertThat(f.foundAgain(missing, null, "noivu", T1)).as("found as it was").isFalse();
        assertThat(f.status()).isEqualTo(FindingStatus.ACKNOWLEDGED);
        Detection reworded = new Detection(new PeriodNotReported(), "report", "chưa gửi báo cáo", "not sent", missing.evidence());
        assertThat(f.foundAgain(reworded, null, "noivu", T1)).isTrue();
        assertThat(f.messageVi()).isEqualTo("chưa gửi báo cáo");
        assertThat(f.status()).isEqualTo(FindingStatus.ACKNOWLEDGED);
        f.notFound("noivu", T1);
        assertThat(f.status()).isEqualTo(FindingStatus.RESOLVED);
        f.foundAgain(missing, null, "noivu", T1);
        assertThat(f.status()).isEqualTo(FindingStatus.OPEN);
        assertThat(f.comment()).isEmpty();
    }

    @Test
    void shouldRefuseADetectionOfAnotherSubject() {
        Finding f = found();
        Detection other = new Detection(new PeriodNotReported(), "other", "vi", "en", missing.evidence());
        assertRejected(() -> f.foundAgain(other, null, "noivu", T1), "INVALID_FINDING");
    }
}
