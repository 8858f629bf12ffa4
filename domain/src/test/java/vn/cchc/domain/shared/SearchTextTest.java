package vn.cchc.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void shouldFoldCaseAndVietnameseDiacritics() {
        assertThat(SearchText.fold("Sở Khoa học và Công nghệ")).isEqualTo("so khoa hoc va cong nghe");
        assertThat(SearchText.fold("ĐO LƯỜNG Chất lượng")).isEqualTo("do luong chat luong");
        assertThat(SearchText.fold("Ủy ban nhân dân tỉnh Nghệ An")).isEqualTo("uy ban nhan dan tinh nghe an");
    }

    @Test
    void shouldFoldComposedAndDecomposedInputAlike() {
        String composed = "Quyết định";
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        assertThat(SearchText.fold(decomposed)).isEqualTo(SearchText.fold(composed)).isEqualTo("quyet dinh");
    }

    @Test
    void shouldJoinPartsSkippingNullsAndCollapseSpaces() {
        assertThat(SearchText.fold("56/SKHCN-VP", null, "  Kế hoạch   kiểm soát ")).isEqualTo("56/skhcn-vp ke hoach kiem soat");
    }
}
