package vn.cchc.sampledata.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How the requested size is shared out between departments and quarters. */
class DossierSimulationTest {

    private final List<DemoDepartment> departments = Catalogue.DEPARTMENTS.stream()
            .map(spec -> new DemoDepartment(spec, null, null, null, List.of())).toList();
    private final DossierSimulation simulation = new DossierSimulation(new WorkCalendar(), new SplittableRandom(1),
            departments, DemoProvince.FIRST_QUARTER, 16);

    @ParameterizedTest
    @ValueSource(ints = {DemoProvince.MIN_DOSSIERS, 5_000, DemoProvince.DEFAULT_DOSSIERS, 1_000_000, 3_333_333})
    void shouldShareOutExactlyTheRequestedSizeWithDossiersInEveryQuarter(int size) {
        int[][] counts = simulation.allocate(size);

        assertThat(counts).hasNumberOfRows(20);
        assertThat(Arrays.stream(counts).flatMapToInt(Arrays::stream).sum()).isEqualTo(size);
        assertThat(Arrays.stream(counts).flatMapToInt(Arrays::stream).min().orElseThrow()).isPositive();
    }

    @ParameterizedTest
    @ValueSource(ints = {50_000, 1_000_000})
    void shouldFollowSharesSeasonsAndGrowth(int size) {
        int[][] counts = simulation.allocate(size);
        int transport = index("SGTVT");
        int science = index("SKHCN");

        for (int year = 0; year < 4; year++) {
            assertThat(counts[transport][4 * year]).isLessThan(counts[transport][4 * year + 1]);
            assertThat(counts[transport][4 * year + 2]).isLessThan(counts[transport][4 * year + 3]);
        }
        assertThat(counts[transport][12]).isGreaterThan(counts[transport][0]);
        assertThat(counts[transport][5]).isGreaterThan(counts[science][5] * 10);
    }

    private int index(String symbol) {
        for (int i = 0; i < departments.size(); i++) {
            if (departments.get(i).spec().symbol().equals(symbol)) {
                return i;
            }
        }
        throw new IllegalArgumentException(symbol);
    }
}
