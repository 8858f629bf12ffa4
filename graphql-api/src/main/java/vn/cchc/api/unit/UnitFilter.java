package vn.cchc.api.unit;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import vn.cchc.api.filter.BooleanFilter;
import vn.cchc.api.filter.Conditions;
import vn.cchc.api.filter.DateFilter;
import vn.cchc.api.filter.EntityFilter;
import vn.cchc.api.filter.StringFilter;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitAttribute;

@Input("UnitFilter")
@Description("Which units (bộ lọc đơn vị): every field given must hold; and / or / not combine filters. The same "
        + "filter picks units everywhere: lists, the issuer of documents, the units of analytics. E.g. the departments "
        + "of a province: {within: \"NA\", kind: {eq: DEPARTMENT}}.")
public class UnitFilter implements EntityFilter {

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

    // no @NonNull on the elements: on an input field this engine would make the whole list required
    @Description("Every one of these filters holds (và).")
    public List<UnitFilter> and;

    @Description("At least one of these filters holds (hoặc); [] matches nothing.")
    public List<UnitFilter> or;

    @Description("This filter does not hold (không): the exact complement, units without a value included.")
    public UnitFilter not;

    @Override
    public Condition toCondition(String path) {
        return Conditions.at(path)
                .value("code", code, UnitAttribute.CODE)
                .value("name", name, UnitAttribute.NAME)
                .value("kind", kind, UnitAttribute.KIND)
                .value("autonomyRegime", autonomyRegime, UnitAttribute.AUTONOMY_REGIME)
                .value("validFrom", validFrom, UnitAttribute.VALID_FROM)
                .value("validTo", validTo, UnitAttribute.VALID_TO)
                .value("generated", generated, UnitAttribute.GENERATED)
                .related("parent", parent, UnitAttribute.PARENT)
                .given("within", within, () -> new Condition.WithinSubtree(within))
                .given("openOn", openOn, () -> Unit.openOn(openOn))
                .given("search", search, () -> Condition.search(search))
                .build(and, or, not);
    }
}
