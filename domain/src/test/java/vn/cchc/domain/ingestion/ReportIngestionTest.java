package vn.cchc.domain.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.domain.shared.Rejections.assertRejected;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitKind;

/** The review's rules: decisions per fact, edits within the fact's kind, and nothing after the draft is made. */
class ReportIngestionTest {

    private static final Unit UNIT = new Unit("NA-SKHCN", "Sở Khoa học và Công nghệ", null, UnitKind.DEPARTMENT, null,
            LocalDate.of(2008, 1, 1));

    private static ReportIngestion ingestion() {
        SourceText text = new SourceText(List.of("BÁO CÁO Công tác CCHC quý I năm 2022", "I. MỘT", "- Tiếp nhận gần 900 hồ sơ."));
        return ReportIngestion.propose(UNIT, "reporter", Instant.parse("2026-12-02T08:00:00Z"), "q1.txt", new byte[] {1, 2},
                new ReportText(SourceFormat.TEXT, "UTF-8", text), new ReportExtractor());
    }

    @Test
    void shouldKeepTheFileAndTextAndProposeEveryFactUndecided() {
        ReportIngestion ingestion = ingestion();
        assertThat(ingestion.content()).containsExactly(1, 2);
        assertThat(ingestion.source().size()).isEqualTo(3);
        assertThat(ingestion.facts()).extracting(ProposedFact::decision).containsOnly(FactDecision.PROPOSED);
        assertThat(ingestion.accepted()).isEmpty();
    }

    @Test
    void shouldAcceptRejectAndEditFactByFact() {
        ReportIngestion ingestion = ingestion();
        int figure = ingestion.facts().stream().filter(f -> f.kind() == FactKind.FIGURE).findFirst().orElseThrow().ordinal();
        ingestion.edit(figure, Map.of("indicator", "DOSSIERS_RECEIVED", "value", "897"));
        ingestion.decide(1, FactDecision.REJECTED);
        ingestion.acceptUndecided();

        ProposedFact edited = ingestion.fact(figure);
        assertThat(edited.values()).containsOnly(Map.entry("indicator", "DOSSIERS_RECEIVED"), Map.entry("value", "897"));
        assertThat(edited.edited()).isTrue();
        assertThat(edited.decision()).isEqualTo(FactDecision.ACCEPTED);
        assertThat(ingestion.fact(1).decision()).isEqualTo(FactDecision.REJECTED);
        assertThat(ingestion.accepted()).hasSize(ingestion.facts().size() - 1);
    }

    @Test
    void shouldRefuseAValueTheKindDoesNotHaveAndAFactThatDoesNotExist() {
        ReportIngestion ingestion = ingestion();
        assertRejected(() -> ingestion.edit(1, Map.of("colour", "red")), "UNKNOWN_FACT_FIELD");
        assertRejected(() -> ingestion.decide(99, FactDecision.ACCEPTED), "UNKNOWN_FACT");
    }
}
