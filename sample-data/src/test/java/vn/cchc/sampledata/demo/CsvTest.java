package vn.cchc.sampledata.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The demo's tables as a spreadsheet writes CSV. */
class CsvTest {

    @Test
    void shouldSplitPlainAndQuotedFields() {
        assertThat(Csv.split("SNV,\"Công chức, viên chức\",NEW,30,", "t:2"))
                .containsExactly("SNV", "Công chức, viên chức", "NEW", "30", "");
        assertThat(Csv.split("\"a \"\"quoted\"\" word\",b", "t:2")).containsExactly("a \"quoted\" word", "b");
    }

    @Test
    void shouldNameTheLineOfAQuoteLeftOpen() {
        assertThatThrownBy(() -> Csv.split("SNV,\"Công chức, viên chức", "procedures.csv:7"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("procedures.csv:7");
    }

    @Test
    void shouldReadARowByItsColumnNames() {
        Csv.Row row = Csv.read("districts.csv").get(0);
        assertThat(row.get("short_name")).isEqualTo("Thành phố Minh Họa");
        assertThat(row.getInt("communes")).isEqualTo(14);
        assertThatThrownBy(() -> row.get("population")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("districts.csv:2").hasMessageContaining("population");
    }
}
