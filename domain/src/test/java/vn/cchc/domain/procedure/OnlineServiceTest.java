package vn.cchc.domain.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.domain.shared.Rejections.assertRejected;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OnlineServiceTest {

    @Test
    void shouldMapLegacyLevels() {
        assertThat(OnlineService.fromLegacyLevel(1)).isEqualTo(OnlineService.NONE);
        assertThat(OnlineService.fromLegacyLevel(2)).isEqualTo(OnlineService.NONE);
        assertThat(OnlineService.fromLegacyLevel(3)).isEqualTo(OnlineService.PARTIAL);
        assertThat(OnlineService.fromLegacyLevel(4)).isEqualTo(OnlineService.FULL);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, -1, 42})
    void shouldRejectLevelOutsideOneToFour(int level) {
        assertThat(assertRejected(() -> OnlineService.fromLegacyLevel(level), "INVALID_ONLINE_LEVEL").getMessage())
                .contains(String.valueOf(level));
    }
}
