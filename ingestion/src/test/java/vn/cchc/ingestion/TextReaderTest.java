package vn.cchc.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import vn.cchc.domain.ingestion.ReportFileRefused;
import vn.cchc.domain.ingestion.ReportText;
import vn.cchc.domain.ingestion.SourceFormat;

class TextReaderTest {

    private final FileReportReader reader = new FileReportReader();

    @Test
    void theSeedReadsAsUtf8WithOneParagraphPerLine() {
        ReportText read = reader.read("bao-cao.txt", Seed.bytes(), null);

        assertThat(read.format()).isEqualTo(SourceFormat.TEXT);
        assertThat(read.charset()).isEqualTo("UTF-8");
        assertThat(read.text().paragraphs()).hasSizeGreaterThan(50).isEqualTo(Seed.lines());
    }

    @Test
    void theSeedInWindows1258WithCombiningToneMarksReadsToTheSameParagraphs() throws Exception {
        byte[] windows1258 = windows1258(new String(Seed.bytes(), StandardCharsets.UTF_8));

        ReportText read = reader.read("bao-cao.txt", windows1258, null);

        assertThat(read.charset()).isEqualTo("windows-1258");
        assertThat(read.text().paragraphs()).isEqualTo(Seed.lines());
    }

    @Test
    void theSeedInUtf8WithABomReadsToTheSameParagraphs() {
        byte[] seed = Seed.bytes();
        byte[] withBom = new byte[seed.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(seed, 0, withBom, 3, seed.length);

        // The BOM wins over a declaration that contradicts it.
        ReportText read = reader.read("bao-cao.txt", withBom, "windows-1252");

        assertThat(read.charset()).isEqualTo("UTF-8");
        assertThat(read.text().paragraphs()).isEqualTo(Seed.lines());
    }

    @Test
    void utf16WithABomIsText() {
        byte[] utf16 = ("\uFEFFBáo cáo\r\nquý I").getBytes(StandardCharsets.UTF_16LE);

        ReportText read = reader.read("bao-cao.txt", utf16, null);

        assertThat(read.charset()).isEqualTo("UTF-16LE");
        assertThat(read.text().paragraphs()).containsExactly("Báo cáo", "quý I");
    }

    @Test
    void theDeclaredCharsetIsUsedWhenThereIsNoBom() throws Exception {
        byte[] windows1258 = windows1258("Sở Khoa học\nvà Công nghệ");

        ReportText read = reader.read("bao-cao.txt", windows1258, "windows-1258");

        assertThat(read.charset()).isEqualTo("windows-1258");
        assertThat(read.text().paragraphs()).containsExactly("Sở Khoa học", "và Công nghệ");
    }

    @Test
    void textThatIsNotUtf8NorVietnameseIsWindows1252() {
        byte[] latin = "Café crème\n\n  Straße  ".getBytes(TextReader.WINDOWS_1252);

        ReportText read = reader.read("notes.txt", latin, null);

        assertThat(read.charset()).isEqualTo("windows-1252");
        assertThat(read.text().paragraphs()).containsExactly("Café crème", "Straße");
    }

    @Test
    void decomposedUtf8IsNormalizedAndWhitespaceCollapsed() {
        String nfd = Normalizer.normalize("Nghệ An,\tngày\u00A0\u00A0 31", Normalizer.Form.NFD);

        ReportText read = reader.read("a.txt", nfd.getBytes(StandardCharsets.UTF_8), null);

        assertThat(read.text().paragraphs()).containsExactly("Nghệ An, ngày 31");
    }

    @Test
    void anUnknownDeclaredCharsetIsRefusedAsUnreadable() {
        assertThatThrownBy(() -> reader.read("a.txt", "Báo cáo".getBytes(StandardCharsets.UTF_8), "vn-tcvn-nope"))
                .isInstanceOfSatisfying(ReportFileRefused.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(ReportFileRefused.Reason.UNREADABLE);
                    assertThat(refused.getMessage()).contains("vn-tcvn-nope").contains("unknown");
                });
    }

    @Test
    void bytesThatAreNotTheDeclaredCharsetAreRefusedAsUnreadable() {
        byte[] windows1258 = new byte[] {'S', (byte) 0xF5, ' ', 'a', (byte) 0xEC};

        assertThatThrownBy(() -> reader.read("a.txt", windows1258, "UTF-8"))
                .isInstanceOfSatisfying(ReportFileRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(ReportFileRefused.Reason.UNREADABLE));
    }

    /**
     * How Vietnamese is written in Windows-1258: the base letters with their vowel marks precomposed (ê, ơ, ư, ă,
     * đ...), the tone as a combining mark after them; Windows-1258 has no combining circumflex or horn.
     */
    static byte[] windows1258(String text) throws CharacterCodingException {
        StringBuilder decomposed = new StringBuilder();
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        for (int i = 0; i < nfc.length(); i++) {
            String nfd = Normalizer.normalize(String.valueOf(nfc.charAt(i)), Normalizer.Form.NFD);
            StringBuilder base = new StringBuilder();
            StringBuilder tones = new StringBuilder();
            for (char c : nfd.toCharArray()) {
                boolean tone = c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
                (tone ? tones : base).append(c);
            }
            decomposed.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tones);
        }
        ByteBuffer encoded = TextReader.WINDOWS_1258.newEncoder()
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .encode(CharBuffer.wrap(decomposed));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        return bytes;
    }
}
