package vn.cchc.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.domain.shared.Rejections.assertRejected;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cchc.domain.area.ReformArea;

class IndicatorTest {

    private static Indicator indicator(String code) {
        return new Indicator(code, "Số hồ sơ tiếp nhận", "Dossiers received", Measure.COUNT,
                ReformArea.ADMINISTRATIVE_PROCEDURE_REFORM, "hồ sơ", null);
    }

    @Test
    void shouldKeepWhatWasGiven() {
        Indicator i = new Indicator(" DOSSIERS_ONLINE ", "Hồ sơ nộp trực tuyến", "Dossiers submitted online", Measure.RATIO,
                ReformArea.E_GOVERNMENT, "hồ sơ", true);

        assertThat(i.code()).isEqualTo("DOSSIERS_ONLINE");
        assertThat(i.nameVi()).isEqualTo("Hồ sơ nộp trực tuyến");
        assertThat(i.nameEn()).isEqualTo("Dossiers submitted online");
        assertThat(i.measure()).isEqualTo(Measure.RATIO);
        assertThat(i.area()).isEqualTo(ReformArea.E_GOVERNMENT);
        assertThat(i.unitOfMeasure()).isEqualTo("hồ sơ");
        assertThat(i.higherIsBetter()).contains(true);
        assertThat(i).hasToString("DOSSIERS_ONLINE");
    }

    @Test
    void shouldHaveNoBetterDirectionForVolumes() {
        assertThat(indicator("DOSSIERS_RECEIVED").higherIsBetter()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB", "ISO_9001_2015_ADOPTION", "X1"})
    void shouldAcceptWellFormedCode(String code) {
        assertThat(indicator(code).code()).isEqualTo(code);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "X", "dossiers_received", "1DOSSIERS", "_DOSSIERS", "DOSSIERS-RECEIVED",
            "DOSSIERS RECEIVED", "A1234567890123456789012345678901234567890123456789012345678901234"})
    void shouldRejectMalformedCode(String code) {
        assertRejected(() -> indicator(code), "INVALID_INDICATOR");
    }

    @Test
    void shouldRequireMeasureAreaAndNames() {
        assertRejected(() -> new Indicator("X1", "a", "b", null, ReformArea.E_GOVERNMENT, null, null), "INVALID_INDICATOR");
        assertRejected(() -> new Indicator("X1", "a", "b", Measure.COUNT, null, null, null), "INVALID_INDICATOR");
        assertRejected(() -> new Indicator("X1", " ", "b", Measure.COUNT, ReformArea.E_GOVERNMENT, null, null), "INVALID_INDICATOR");
        assertRejected(() -> new Indicator("X1", "a", null, Measure.COUNT, ReformArea.E_GOVERNMENT, null, null), "INVALID_INDICATOR");
    }

    @Test
    void shouldListStandardCatalogueWithDistinctCodes() {
        List<Indicator> all = StandardIndicators.all();

        assertThat(all).hasSize(11);
        assertThat(all).extracting(Indicator::code).doesNotHaveDuplicates()
                .contains(StandardIndicators.PROCEDURES_PUBLICISED, StandardIndicators.DOSSIERS_RECEIVED,
                        StandardIndicators.ISO_9001_2015_ADOPTION);
        assertThat(all).filteredOn(i -> i.code().equals(StandardIndicators.PROCEDURES_PUBLICISED))
                .extracting(Indicator::measure).containsExactly(Measure.RATIO);
        assertThat(all).filteredOn(i -> i.code().equals(StandardIndicators.ISO_9001_2015_ADOPTION))
                .extracting(Indicator::measure).containsExactly(Measure.PERCENT);
    }

    @Test
    void shouldListStandardCatalogueInOrderOfReformAreas() {
        List<Integer> areaNumbers = StandardIndicators.all().stream().map(i -> i.area().number()).toList();

        assertThat(areaNumbers).isSorted();
    }

    @Test
    void shouldReadAFigureInTheIndicatorsOwnMeasure() {
        Indicator ratio = new Indicator("DOSSIERS_ONLINE", "Hồ sơ nộp trực tuyến", "Dossiers submitted online", Measure.RATIO,
                ReformArea.ADMINISTRATIVE_PROCEDURE_REFORM, null, true);
        Indicator count = new Indicator("DOSSIERS_RECEIVED", "Số hồ sơ tiếp nhận", "Dossiers received", Measure.COUNT,
                ReformArea.ADMINISTRATIVE_PROCEDURE_REFORM, null, null);
        Indicator percent = new Indicator("ISO_9001_2015_ADOPTION", "Áp dụng ISO", "ISO adoption", Measure.PERCENT,
                ReformArea.APPARATUS_REFORM, null, true);
        assertThat(ratio.valueOf(null, 4L, 9L).ratio()).contains(Ratio.of(4, 9));
        assertThat(count.valueOf(9.0, null, null).value()).isEqualTo(9.0);
        assertThat(percent.valueOf(87.5, null, null).value()).isEqualTo(87.5);
        assertRejected(() -> ratio.valueOf(44.4, 4L, null), "REQUIRED");
        assertRejected(() -> ratio.valueOf(null, 10L, 9L), "INVALID_RATIO");
        assertRejected(() -> count.valueOf(9.5, null, null), "REQUIRED");
        assertRejected(() -> count.valueOf(null, 4L, 9L), "REQUIRED");
        assertRejected(() -> percent.valueOf(null, null, null), "REQUIRED");
    }
}
