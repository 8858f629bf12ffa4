package vn.cchc.api.indicator;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import vn.cchc.api.error.Arguments;
import vn.cchc.api.mapping.Enums;
import vn.cchc.api.unit.UnitKindView;
import vn.cchc.domain.indicator.ObservationCriteria;
import vn.cchc.domain.indicator.ObservationSource;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.period.PeriodType;
import vn.cchc.domain.unit.UnitKind;
import vn.cchc.domain.unit.UnitScope;

@Input("ObservationFilter")
@Description("Which observations to list (bộ lọc số liệu); fields left out match everything, given fields must all match.")
public class ObservationFilter {

    @Description("Only observations about the unit with this code (đơn vị).")
    public String unitCode;

    @Description("Only observations of the indicator with this code (mã chỉ tiêu).")
    public String indicatorCode;

    @Description("Only periods of this year (năm).")
    public Integer year;

    @Description("Only this quarter, 1-4 (quý).")
    public Integer quarter;

    @Description("Only observations from this source (nguồn).")
    public ObservationSourceView source;

    @Description("true: only totals; false: only broken-down values (chi tiết); left out: both.")
    public Boolean totalOnly;

    @Description("Only observations about this unit or units below it (đơn vị thuộc), e.g. a province's code.")
    public String unitWithinCode;

    @Description("Only observations about units of this kind (loại đơn vị), e.g. DEPARTMENT.")
    public UnitKindView unitKind;

    static ObservationCriteria toCriteria(ObservationFilter filter) {
        if (filter == null) {
            return ObservationCriteria.any();
        }
        if (filter.year != null) {
            Arguments.read("filter.year", () -> Period.year(filter.year));
        }
        if (filter.quarter != null) {
            Arguments.read("filter.quarter", () -> PeriodType.QUARTER.requireNumber(filter.quarter));
        }
        return new ObservationCriteria(filter.unitCode, filter.indicatorCode, filter.year, filter.quarter,
                Enums.mirror(filter.source, ObservationSource.class), null, filter.totalOnly,
                new UnitScope(filter.unitWithinCode, Enums.mirror(filter.unitKind, UnitKind.class)));
    }
}
