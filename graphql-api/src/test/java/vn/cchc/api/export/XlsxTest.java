package vn.cchc.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

class XlsxTest {

    /** The parts of the workbook, read from the zip's central directory as spreadsheet programs read it. */
    static Map<String, String> parts(byte[] xlsx) throws IOException {
        Path file = Files.createTempFile("export", ".xlsx");
        try (ZipFile zip = new ZipFile(Files.write(file, xlsx).toFile())) {
            Map<String, String> parts = new HashMap<>();
            for (ZipEntry entry : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return parts;
        } finally {
            Files.delete(file);
        }
    }

    /** The strings of the shared-strings part, as an XML parser reads them (the writer escapes non-ASCII characters). */
    private static String text(String sharedStrings) throws Exception {
        NodeList strings = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(sharedStrings.getBytes(StandardCharsets.UTF_8))).getElementsByTagName("t");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < strings.getLength(); i++) {
            text.append(strings.item(i).getTextContent()).append('|');
        }
        return text.toString();
    }

    @Test
    void shouldWriteAWorkbookWithTheHeaderTextAndNumbersAsNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Xlsx.write(new ListTable(List.of("subtree.name", "received"),
                List.of(Arrays.asList("Sở Nội vụ", 86L), Arrays.asList(null, 3L))), out);
        Map<String, String> parts = parts(out.toByteArray());
        assertThat(parts).containsKeys("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
        assertThat(parts.get("xl/workbook.xml")).contains("name=\"" + Xlsx.SHEET + "\"");
        assertThat(text(parts.get("xl/sharedStrings.xml"))).isEqualTo("subtree.name|received|Sở Nội vụ|");
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertThat(sheet).contains("<c r=\"B2\"", "<v>86</v>", "<v>3</v>");
        assertThat(sheet).doesNotContain("r=\"A3\""); // a null cell is left out
    }

    @Test
    void shouldWriteAFormsGroupHeadingsAboveItsColumnsAndTheOthersAcrossBothHeaderRows() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Xlsx.write(new ListTable(List.of("STT", "Lĩnh vực", "Tổng số", "Trực tuyến"), List.of(Arrays.asList(1L, "Đo lường", 5L, 2L)),
                List.of(new ListTable.Group("Tiếp nhận", 2, 2))), out);
        Map<String, String> parts = parts(out.toByteArray());
        assertThat(text(parts.get("xl/sharedStrings.xml"))).isEqualTo("STT|Lĩnh vực|Tổng số|Trực tuyến|Tiếp nhận|Đo lường|");
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertThat(sheet).contains("<mergeCell ref=\"A1:A2\"/>", "<mergeCell ref=\"B1:B2\"/>", "<mergeCell ref=\"C1:D1\"/>");
        assertThat(sheet).contains("<c r=\"C2\"", "<c r=\"A3\"", "<c r=\"D3\"").doesNotContain("r=\"A4\"");
    }
}
