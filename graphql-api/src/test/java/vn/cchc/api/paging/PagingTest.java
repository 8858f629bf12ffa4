package vn.cchc.api.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.cchc.api.error.ApiException;
import vn.cchc.domain.shared.PageRequest;

class PagingTest {

    @Test
    void shouldStartAtTheTopWithTheDefaultSize() {
        assertThat(Paging.of(null, null)).isEqualTo(new PageRequest(0, Paging.DEFAULT_PAGE_SIZE));
    }

    @Test
    void shouldContinueAfterTheCursor() {
        assertThat(Paging.of(10, Cursor.at(24))).isEqualTo(new PageRequest(25, 10));
    }

    @Test
    void shouldRejectPagesLargerThanTheLimitInsteadOfCuttingThem() {
        assertThatThrownBy(() -> Paging.of(101, null)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.code()).isEqualTo("BAD_USER_INPUT");
            assertThat(e.plainMessage()).contains("'first'").contains("101");
        });
        assertThatThrownBy(() -> Paging.of(-1, null)).isInstanceOf(ApiException.class);
    }

    @Test
    void shouldRejectCursorsItNeverGaveOut() {
        for (String bad : new String[] {"zzz", "", "Y2NoYzp2MTotNQ", Cursor.at(3) + "x"}) {
            assertThatThrownBy(() -> Paging.of(5, bad)).as(bad).isInstanceOfSatisfying(ApiException.class,
                    e -> assertThat(e.code()).isEqualTo(Cursor.INVALID_CURSOR));
        }
    }
}
