package vn.cchc.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExportServletTest {

    @Test
    void shouldKeepOnlySafeCharactersOfTheFileName() {
        assertThat(ExportServlet.fileName("so-lieu_MH.2025-Q4")).isEqualTo("so-lieu_MH.2025-Q4");
        assertThat(ExportServlet.fileName("../../etc/passwd\"\r\n")).isEqualTo("....etcpasswd");
        assertThat(ExportServlet.fileName("số liệu")).isEqualTo("sliu");
        assertThat(ExportServlet.fileName(null)).isEqualTo("cchc-export");
        assertThat(ExportServlet.fileName("\"/")).isEqualTo("cchc-export");
    }

    @Test
    void shouldKnowCsvAndXlsxInAnyCaseAndNothingElse() {
        assertThat(ExportFormat.named("CSV")).contains(ExportFormat.CSV);
        assertThat(ExportFormat.named("xlsx")).contains(ExportFormat.XLSX);
        assertThat(ExportFormat.named("pdf")).isEmpty();
        assertThat(ExportFormat.named(null)).isEmpty();
    }
}
