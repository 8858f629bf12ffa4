package vn.cchc.api.unit;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import vn.cchc.api.mapping.Enums;
import vn.cchc.domain.unit.UnitCriteria;
import vn.cchc.domain.unit.UnitKind;

@Input("UnitFilter")
@Description("Which units to list (bộ lọc đơn vị); fields left out match everything, given fields must all match.")
public class UnitFilter {

    @Description("Only the direct children of the unit with this code (đơn vị trực thuộc).")
    public String parentCode;

    @Description("Only this unit and all units below it (toàn bộ cây đơn vị).")
    public String withinCode;

    @Description("Only units of this kind (loại đơn vị).")
    public UnitKindView kind;

    @Description("Only units open on this day (đang hoạt động vào ngày), ISO-8601.")
    public LocalDate openOn;

    @Description("Words the code or names must contain (tìm kiếm), in any case, with or without Vietnamese diacritics: "
            + "\"so khoa hoc\" finds \"Sở Khoa học và Công nghệ\".")
    public String search;

    public static UnitCriteria toCriteria(UnitFilter filter) {
        return filter == null ? UnitCriteria.any() : new UnitCriteria(filter.parentCode, filter.withinCode,
                Enums.mirror(filter.kind, UnitKind.class), filter.openOn, filter.search);
    }
}
