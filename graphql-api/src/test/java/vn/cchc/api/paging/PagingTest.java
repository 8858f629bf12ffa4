package vn.cchc.api.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.cchc.api.error.ApiException;
import vn.cchc.domain.shared.PageRequest;

class PagingTest {

    private static final String LIST = Cursor.listKey("units by code");

    @Test
    void shouldStartAtTheTopWithTheDefaultSize() {
        assertThat(Paging.of(null, null, LIST)).isEqualTo(new PageRequest(0, Paging.DEFAULT_PAGE_SIZE));
    }

    @Test
    void shouldContinueAfterTheCursor() {
        assertThat(Paging.of(10, Cursor.at(LIST, 24), LIST)).isEqualTo(new PageRequest(25, 10));
    }

    @Test
    void shouldRejectPagesLargerThanTheLimitInsteadOfCuttingThem() {
        assertThatThrownBy(() -> Paging.of(101, null, LIST)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.code()).isEqualTo("BAD_USER_INPUT");
            assertThat(e.plainMessage()).contains("'first'").contains("101");
        });
        assertThatThrownBy(() -> Paging.of(-1, null, LIST)).isInstanceOf(ApiException.class);
    }

    @Test
    void shouldRejectCursorsItNeverGaveOut() {
        for (String bad : new String[] {"zzz", "", "Y2NoYzp2MTotNQ", Cursor.at(LIST, 3) + "x", Cursor.at(LIST, -2)}) {
            assertThatThrownBy(() -> Paging.of(5, bad, LIST)).as(bad).isInstanceOfSatisfying(ApiException.class,
                    e -> assertThat(e.code()).isEqualTo(Cursor.INVALID_CURSOR));
        }
    }

    @Test
    void shouldRefuseACursorOfTheSameListUnderAnotherFilterOrOrder() {
        String other = Cursor.listKey("units by name");
        assertThat(other).isNotEqualTo(LIST).isEqualTo(Cursor.listKey("units by name"));
        assertThatThrownBy(() -> Paging.of(5, Cursor.at(other, 4), LIST)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.code()).isEqualTo(Cursor.INVALID_CURSOR);
            assertThat(e.plainMessage()).contains("another filter or order");
        });
    }
}
