package vn.cchc.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cchc.domain.ingestion.ReportText;
import vn.cchc.domain.ingestion.SourceFormat;

class PdfReaderTest {

    private final FileReportReader reader = new FileReportReader();

    @Test
    void joinsWrappedLinesAndStartsAParagraphAtListItemsNumbersAndEmptyLines() {
        byte[] pdf = Fixtures.textPdf(List.of(
                List.of(
                        "I. CONG TAC CHI DAO, DIEU HANH",
                        "1. Ban hanh cac van ban chi dao",
                        "Trong quy I nam 2022, cong tac cai cach hanh chinh duoc",
                        "trien khai theo dung ke hoach de ra.",
                        "- Ke hoach so 56/SKHCN-VP ngay 26/01/2022",
                        "- Ke hoach so 87/SKHCN-VP ngay 10/02/2022 cua Giam doc",
                        "So Khoa hoc va Cong nghe",
                        "\u2022 Muc co dau cham",
                        "5.1. Muc con",
                        "",
                        "Doan sau dong trong, mot doan dai duoc ngat dong o day de",
                        "van tiep tuc."),
                List.of("II. KET QUA")));

        ReportText read = reader.read("bao-cao.pdf", pdf, null);

        assertThat(read.format()).isEqualTo(SourceFormat.PDF);
        assertThat(read.charset()).isNull();
        assertThat(read.text().paragraphs()).containsExactly(
                "I. CONG TAC CHI DAO, DIEU HANH",
                "1. Ban hanh cac van ban chi dao",
                "Trong quy I nam 2022, cong tac cai cach hanh chinh duoc trien khai theo dung ke hoach de ra.",
                "- Ke hoach so 56/SKHCN-VP ngay 26/01/2022",
                "- Ke hoach so 87/SKHCN-VP ngay 10/02/2022 cua Giam doc So Khoa hoc va Cong nghe",
                "- Muc co dau cham",
                "5.1. Muc con",
                "Doan sau dong trong, mot doan dai duoc ngat dong o day de van tiep tuc.",
                "II. KET QUA");
    }

    @Test
    void anEmptyLineEndsAParagraphEvenAfterALongLine() {
        byte[] pdf = Fixtures.textPdf(List.of(List.of(
                "Trong quy I nam 2022, cong tac cai cach hanh chinh duoc trien khai day du.",
                "",
                "So da ban hanh cac van ban chi dao, dieu hanh thuoc tham quyen cua Giam doc",
                "So ve cong tac cai cach hanh chinh.")));

        assertThat(reader.read("bao-cao.pdf", pdf, null).text().paragraphs()).containsExactly(
                "Trong quy I nam 2022, cong tac cai cach hanh chinh duoc trien khai day du.",
                "So da ban hanh cac van ban chi dao, dieu hanh thuoc tham quyen cua Giam doc So ve cong tac cai cach"
                        + " hanh chinh.");
    }

    /** Vietnamese needs an embedded font: the system's DejaVu Sans, where there is one. */
    @Test
    void readsVietnameseInNfc() {
        File dejaVu = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        assumeTrue(dejaVu.isFile(), "no DejaVu Sans on this machine");
        byte[] pdf = Fixtures.textPdf(List.of(List.of(
                "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
                "- Kế hoạch cải cách hành chính năm 2022 của Sở Khoa học và Công nghệ")), dejaVu);

        assertThat(reader.read("bao-cao.pdf", pdf, null).text().paragraphs()).containsExactly(
                "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
                "- Kế hoạch cải cách hành chính năm 2022 của Sở Khoa học và Công nghệ");
    }
}
