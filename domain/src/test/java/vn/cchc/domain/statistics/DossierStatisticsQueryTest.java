package vn.cchc.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.domain.shared.Rejections.assertRejected;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cchc.domain.period.Period;

class DossierStatisticsQueryTest {

    private static DossierStatisticsQuery query(Period period, Period through, DossierDimension... groupBy) {
        return new DossierStatisticsQuery(period, through, Set.of(groupBy), null);
    }

    @Test
    void shouldGiveOnePeriodWithoutTimeDimension() {
        DossierStatisticsQuery q = query(Period.nineMonths(2024), null, DossierDimension.UNIT);
        assertThat(q.periods()).containsExactly(Period.nineMonths(2024));
        assertThat(q.groupsWithinPeriod()).containsExactly(DossierDimension.UNIT);
        assertThat(q.criteria()).isEqualTo(DossierStatisticsCriteria.any());
    }

    @Test
    void shouldCutTheScopeIntoQuarters() {
        assertThat(query(Period.year(2024), null, DossierDimension.QUARTER).periods())
                .containsExactly(Period.quarter(2024, 1), Period.quarter(2024, 2), Period.quarter(2024, 3), Period.quarter(2024, 4));
        assertThat(query(Period.quarter(2023, 3), Period.halfYear(2024, 1), DossierDimension.QUARTER, DossierDimension.YEAR).periods())
                .containsExactly(Period.quarter(2023, 3), Period.quarter(2023, 4), Period.quarter(2024, 1), Period.quarter(2024, 2));
    }

    @Test
    void shouldCutWholeYearsIntoYears() {
        assertThat(query(Period.quarter(2022, 1), Period.year(2024), DossierDimension.YEAR).periods())
                .containsExactly(Period.year(2022), Period.year(2023), Period.year(2024));
        assertThat(query(Period.year(2024), null, DossierDimension.YEAR, DossierDimension.FIELD).groupsWithinPeriod())
                .containsExactly(DossierDimension.FIELD);
    }

    @Test
    void shouldRefuseYearsThatAreNotWhole() {
        assertRejected(() -> query(Period.halfYear(2024, 1), null, DossierDimension.YEAR), "INVALID_PERIOD");
        assertRejected(() -> query(Period.quarter(2023, 2), Period.year(2024), DossierDimension.YEAR), "INVALID_PERIOD");
    }

    @Test
    void shouldRefuseSeveralPeriodsWithoutATimeDimension() {
        assertRejected(() -> query(Period.quarter(2024, 1), Period.quarter(2024, 2)), "INVALID_PERIOD");
    }

    @Test
    void shouldRefuseAScopeThatEndsBeforeItStarts() {
        assertRejected(() -> query(Period.quarter(2024, 2), Period.quarter(2024, 1), DossierDimension.QUARTER), "INVALID_PERIOD");
        assertRejected(() -> query(null, null), "INVALID_PERIOD");
    }

    @Test
    void shouldRefuseMoreThanFortyPeriods() {
        assertThat(query(Period.quarter(2015, 1), Period.quarter(2024, 4), DossierDimension.QUARTER).periods()).hasSize(40);
        assertRejected(() -> query(Period.quarter(2014, 4), Period.quarter(2024, 4), DossierDimension.QUARTER), "INVALID_PERIOD");
    }
}
