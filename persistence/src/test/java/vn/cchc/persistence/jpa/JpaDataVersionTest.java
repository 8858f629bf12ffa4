package vn.cchc.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The data version on a real Derby: it advances with a committed change, and a rolled-back one leaves it as it was. */
class JpaDataVersionTest {

    private final DerbyDatabase db = new DerbyDatabase();

    @AfterEach
    void close() {
        db.close();
    }

    private long current() {
        return db.inTransaction(em -> new JpaDataVersion(em).current());
    }

    @Test
    void shouldAdvanceWithEachCommittedChangeAndNotWithARolledBackOne() {
        long start = current();
        db.inTransaction(em -> {
            new JpaDataVersion(em).advance();
            return null;
        });
        assertThat(current()).isEqualTo(start + 1);
        Throwable failed = catchThrowable(() -> db.inTransaction(em -> {
            new JpaDataVersion(em).advance();
            throw new IllegalStateException("the change was refused");
        }));
        assertThat(failed).hasMessage("the change was refused");
        assertThat(current()).isEqualTo(start + 1);
    }
}
