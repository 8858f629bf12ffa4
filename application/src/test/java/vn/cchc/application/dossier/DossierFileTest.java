package vn.cchc.application.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.domain.dossier.ImportError;
import vn.cchc.domain.dossier.ImportFormat;

class DossierFileTest {

    private static final String HEADER = "dossierCode,unitCode,procedureCode,receivedOn,dueOn,closedOn,channel,kind,status";

    private final List<DossierRow> rows = new ArrayList<>();

    private List<ImportError> read(ImportFormat format, String content) {
        return DossierFile.read(format, content, rows::add);
    }

    @Test
    void shouldReadCsvRowsWithTheirLinesQuotesAndAnyColumnOrder() {
        String csv = "\uFEFFStatus,dossierCode,unitCode,procedureCode,receivedOn,dueOn,closedOn,channel,kind,extra\r\n"
                + "RECEIVED,HS-1,NA-SKHCN-MC,P-1,2024-01-02,2024-01-10,,ONLINE,NEW,x\r\n"
                + "\n"
                + "RESOLVED_EARLY,\"HS-2, \"\"bis\"\"\nline\",NA-SKHCN-MC,P-1,2024-01-02,2024-01-10,2024-01-05,POST,NEW,y\n";
        assertThat(read(ImportFormat.CSV, csv)).isEmpty();
        assertThat(rows).extracting(DossierRow::line).containsExactly(2, 4);
        assertThat(rows.get(0).get(DossierFile.STATUS)).isEqualTo("RECEIVED");
        assertThat(rows.get(0).get(DossierFile.CLOSED_ON)).isNull();
        assertThat(rows.get(1).get(DossierFile.CODE)).isEqualTo("HS-2, \"bis\"\nline");
        assertThat(rows.get(1).values()).doesNotContainKey("extra");
    }

    @Test
    void shouldNameEveryMissingColumnOfTheHeader() {
        List<ImportError> errors = read(ImportFormat.CSV, "dossierCode,unitCode,closedOn,channel,kind,status\nHS-1,NA,,ONLINE,NEW,RECEIVED\n");
        assertThat(errors).extracting(ImportError::line).containsOnly(1);
        assertThat(errors).extracting(ImportError::column).containsExactly("procedureCode", "receivedOn", "dueOn");
        assertThat(errors).extracting(ImportError::code).containsOnly("MISSING_COLUMN");
        assertThat(rows).isEmpty();
    }

    @Test
    void shouldRejectAnUnclosedQuoteAtItsLine() {
        List<ImportError> errors = read(ImportFormat.CSV, HEADER + "\nHS-1,\"NA,P,2024-01-02,2024-01-10,,ONLINE,NEW,RECEIVED\n");
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.code()).isEqualTo("MALFORMED_FILE");
        });
    }

    @Test
    void shouldReadJsonObjectsWithTheLineEachStartsOn() {
        String json = """
                [
                  {"dossierCode": "HS-1", "unitCode": "NA", "procedureCode": "P", "receivedOn": "2024-01-02",
                   "dueOn": "2024-01-10", "closedOn": null, "channel": "ONLINE", "kind": "NEW", "status": "RECEIVED"},
                  {"DOSSIERCODE": 17, "unitCode": "NA"}
                ]""";
        assertThat(read(ImportFormat.JSON, json)).isEmpty();
        assertThat(rows).extracting(DossierRow::line).containsExactly(2, 4);
        assertThat(rows.get(1).get(DossierFile.CODE)).isEqualTo("17");
        assertThat(rows.get(0).get(DossierFile.CLOSED_ON)).isNull();
    }

    @Test
    void shouldRejectJsonThatIsNotAnArrayOfFlatObjects() {
        assertThat(read(ImportFormat.JSON, "{\"dossierCode\": \"HS-1\"}")).extracting(ImportError::code).containsExactly("MALFORMED_FILE");
        assertThat(read(ImportFormat.JSON, "[{\"dossierCode\": [1]}]")).singleElement()
                .satisfies(e -> assertThat(e.column()).isEqualTo("dossierCode"));
        assertThat(read(ImportFormat.JSON, "[{\"dossierCode\": \"HS-1\"},\n {")).extracting(ImportError::code).containsExactly("MALFORMED_FILE");
    }
}
