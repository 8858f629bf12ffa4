package vn.cchc.api.unit;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import vn.cchc.api.filter.BooleanFilter;
import vn.cchc.api.filter.DateFilter;
import vn.cchc.api.filter.StringFilter;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitAttribute;
import vn.cchc.processor.FilterFields;

@FilterFields(name = "UnitFilter", attributes = UnitAttribute.class,
        complement = "the exact complement, units without a value included",
        description = "Which units (bộ lọc đơn vị): every field given must hold; and / or / not combine filters. The same "
                + "filter picks units everywhere: lists, the issuer of documents, the units of analytics. E.g. the departments "
                + "of a province: {within: \"NA\", kind: {eq: DEPARTMENT}}.")
public abstract class UnitFilterFields {

    @Description("The code (mã đơn vị), e.g. {eq: \"NA-SKHCN\"} or {in: [...]}, {startsWith: \"NA-S\"}.")
    public StringFilter code;

    @Description("The full name (tên đơn vị), compared exactly; see `search` for words.")
    public StringFilter name;

    @Description("The kind of unit (loại đơn vị).")
    public UnitKindFilter kind;

    @Description("The financial-autonomy regime (cơ chế tự chủ) of public service units; other units have none.")
    public AutonomyRegimeFilter autonomyRegime;

    @Description("The first day the unit existed (ngày thành lập), when known.")
    public DateFilter validFrom;

    @Description("The last day the unit existed (ngày chấm dứt hoạt động); missing while it exists.")
    public DateFilter validTo;

    @Description("Generated demo data (dữ liệu mô phỏng) or real units.")
    public BooleanFilter generated;

    @Description("The unit directly above (đơn vị cấp trên) matches this filter; e.g. the children of NA-UBND: "
            + "{parent: {code: {eq: \"NA-UBND\"}}}. The root has no parent and never matches.")
    public UnitFilter parent;

    @Description("The unit with this code or any unit below it (thuộc cây đơn vị), e.g. \"NA\" for the whole province.")
    public String within;

    @Description("Open on this day (đang hoạt động vào ngày), ISO-8601: founded on or before it (or not known) and not closed before it.")
    public LocalDate openOn;

    @Description("Words the code or names must contain (tìm kiếm), in any case, with or without Vietnamese diacritics: "
            + "\"so khoa hoc\" finds \"Sở Khoa học và Công nghệ\".")
    public String search;

    Condition within(String path) {
        return new Condition.WithinSubtree(within);
    }

    Condition openOn(String path) {
        return Unit.openOn(openOn);
    }

    Condition search(String path) {
        return Condition.search(search);
    }
}
