package vn.cchc.domain.indicator;

import java.util.List;
import java.util.Optional;

/** The catalogue of indicators. */
public interface IndicatorRepository {

    Optional<Indicator> findByCode(String code);

    /** Every indicator, ordered by reform area, then code. */
    List<Indicator> all();

    void add(Indicator indicator);
}
