package vn.cchc.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DomainExceptionTest {

    @Test
    void shouldCarryCodeAndMessageWhenRuleIsBroken() {
        assertThatThrownBy(() -> DomainException.require(false, "SOME_CODE", "it is wrong"))
                .isInstanceOf(DomainException.class)
                .hasMessage("it is wrong")
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("SOME_CODE"));
    }

    @Test
    void shouldPassWhenRuleHolds() {
        assertThatCode(() -> DomainException.require(true, "SOME_CODE", "never")).doesNotThrowAnyException();
    }

    @Test
    void shouldStripRequiredText() {
        assertThat(DomainException.requireText("  Sở KH&CN  ", "X", "name")).isEqualTo("Sở KH&CN");
    }

    @Test
    void shouldRejectNullOrBlankRequiredText() {
        assertThat(Rejections.assertRejected(() -> DomainException.requireText(null, "X", "unit name"), "X"))
                .hasMessage("unit name must not be blank");
        Rejections.assertRejected(() -> DomainException.requireText(" \t ", "X", "unit name"), "X");
    }
}
