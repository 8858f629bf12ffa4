package vn.cchc.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    private static byte[] csv(ListTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Csv.write(table, out);
        return out.toByteArray();
    }

    @Test
    void shouldStartWithTheUtf8ByteOrderMarkAndKeepVietnameseText() throws IOException {
        byte[] bytes = csv(new ListTable(List.of("name"), List.of(List.of("Sở Khoa học và Công nghệ"))));
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo("name\r\nSở Khoa học và Công nghệ\r\n");
    }

    @Test
    void shouldQuoteFieldsWithCommasQuotesAndLineBreaksAsRfc4180Says() {
        assertThat(Csv.field("plain text")).isEqualTo("plain text");
        assertThat(Csv.field("Hà Nội, Việt Nam")).isEqualTo("\"Hà Nội, Việt Nam\"");
        assertThat(Csv.field("Chỉ thị \"17\"")).isEqualTo("\"Chỉ thị \"\"17\"\"\"");
        assertThat(Csv.field("dòng 1\ndòng 2")).isEqualTo("\"dòng 1\ndòng 2\"");
        assertThat(Csv.field("a\rb")).isEqualTo("\"a\rb\"");
    }

    @Test
    void shouldWriteNumbersPlainAndNullsEmpty() throws IOException {
        byte[] bytes = csv(new ListTable(List.of("a", "b", "c", "d"),
                List.of(Arrays.asList(9L, new BigDecimal("0.00001"), null, true))));
        assertThat(new String(bytes, StandardCharsets.UTF_8)).endsWith("a,b,c,d\r\n9,0.00001,,true\r\n");
    }
}
