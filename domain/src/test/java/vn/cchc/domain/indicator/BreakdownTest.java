package vn.cchc.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.domain.shared.Rejections.assertRejected;

import org.junit.jupiter.api.Test;

class BreakdownTest {

    @Test
    void shouldBeEmptyForTotal() {
        assertThat(Breakdown.total().isTotal()).isTrue();
        assertThat(Breakdown.total().members()).isEmpty();
        assertThat(Breakdown.total().key()).isEmpty();
        assertThat(Breakdown.total()).hasToString("total");
    }

    @Test
    void shouldKeepMembersInGivenOrder() {
        Breakdown b = Breakdown.of("FIELD", "NLNT", "Năng lượng nguyên tử").and("DOSSIER_KIND", "NEW", "Cấp mới");

        assertThat(b.isTotal()).isFalse();
        assertThat(b.members()).extracting(BreakdownMember::dimension).containsExactly("FIELD", "DOSSIER_KIND");
        assertThat(b.members().get(0).label()).isEqualTo("Năng lượng nguyên tử");
    }

    @Test
    void shouldGiveCanonicalKeyWhateverTheOrder() {
        Breakdown one = Breakdown.of("FIELD", "NLNT", "Năng lượng nguyên tử").and("DOSSIER_KIND", "NEW", "Cấp mới");
        Breakdown other = Breakdown.of("DOSSIER_KIND", "NEW", null).and("FIELD", "NLNT", null);

        assertThat(one.key()).isEqualTo("DOSSIER_KIND=NEW;FIELD=NLNT");
        assertThat(other.key()).isEqualTo(one.key());
        assertThat(one).hasToString("DOSSIER_KIND=NEW;FIELD=NLNT");
    }

    @Test
    void shouldNotChangeTheBreakdownItNarrows() {
        Breakdown field = Breakdown.of("FIELD", "NLNT", null);

        field.and("DOSSIER_KIND", "NEW", null);

        assertThat(field.key()).isEqualTo("FIELD=NLNT");
        assertThat(Breakdown.total().isTotal()).isTrue();
    }

    @Test
    void shouldRejectDimensionTwice() {
        Breakdown field = Breakdown.of("FIELD", "NLNT", null);

        assertRejected(() -> field.and("FIELD", "TCDLCL", null), "INVALID_BREAKDOWN");
        assertRejected(() -> field.and(" FIELD ", "TCDLCL", null), "INVALID_BREAKDOWN");
    }

    @Test
    void shouldRequireDimensionAndMember() {
        assertRejected(() -> Breakdown.of(" ", "NEW", null), "INVALID_BREAKDOWN");
        assertRejected(() -> Breakdown.of("FIELD", null, null), "INVALID_BREAKDOWN");
    }

    @Test
    void shouldCompareMembersByDimensionAndMemberOnly() {
        assertThat(new BreakdownMember("FIELD", "NLNT", "a")).isEqualTo(new BreakdownMember("FIELD", "NLNT", "b"));
        assertThat(new BreakdownMember("FIELD", "NLNT", "a")).hasSameHashCodeAs(new BreakdownMember("FIELD", "NLNT", null));
        assertThat(new BreakdownMember("FIELD", "NLNT", "a")).isNotEqualTo(new BreakdownMember("FIELD", "TCDLCL", "a"));
    }

    @Test
    void shouldNotLetMembersBeEdited() {
        Breakdown b = Breakdown.of("FIELD", "NLNT", null);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> b.members().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
