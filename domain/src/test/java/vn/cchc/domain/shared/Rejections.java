package vn.cchc.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that a call breaks a domain rule with a given code. */
public final class Rejections {

    private Rejections() {
    }

    /** Runs the call, asserts it throws a {@link DomainException} with this code, and returns it. */
    public static DomainException assertRejected(ThrowingCallable call, String code) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("expected a DomainException with code " + code).isInstanceOf(DomainException.class);
        DomainException e = (DomainException) thrown;
        assertThat(e.code()).as("code of: " + e.getMessage()).isEqualTo(code);
        return e;
    }
}
