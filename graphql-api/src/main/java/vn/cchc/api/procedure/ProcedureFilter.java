package vn.cchc.api.procedure;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import vn.cchc.api.filter.BooleanFilter;
import vn.cchc.api.filter.Conditions;
import vn.cchc.api.filter.EntityFilter;
import vn.cchc.api.filter.IntFilter;
import vn.cchc.api.filter.StringFilter;
import vn.cchc.api.unit.UnitFilter;
import vn.cchc.domain.procedure.ProcedureAttribute;
import vn.cchc.domain.shared.Condition;

@Input("ProcedureFilter")
@Description("Which administrative procedures (bộ lọc thủ tục): every field given must hold; and / or / not combine filters. E.g. {field: {code: {eq: \"NANG_LUONG_NGUYEN_TU\"}}}.")
public class ProcedureFilter implements EntityFilter {

    @Description("The code (mã thủ tục).")
    public StringFilter code;

    @Description("The code on the National Public Service Portal (mã quốc gia), when known.")
    public StringFilter nationalCode;

    @Description("The name (tên thủ tục), compared exactly; see `search` for words.")
    public StringFilter name;

    @Description("The procedure field (lĩnh vực) matches this filter.")
    public ProcedureFieldFilter field;

    @Description("The unit competent to resolve it (cơ quan có thẩm quyền) matches this filter.")
    public UnitFilter competentUnit;

    @Description("The online service under Nghị định 42/2022/NĐ-CP (dịch vụ công trực tuyến), when known.")
    public OnlineServiceFilter onlineService;

    @Description("The online level 1-4 of Nghị định 43/2011/NĐ-CP (mức độ), when known.")
    public IntFilter legacyOnlineLevel;

    @Description("Publicised (công khai) or not.")
    public BooleanFilter publicised;

    @Description("Words the code or name must contain (tìm kiếm), in any case, with or without Vietnamese diacritics: \"buc xa\" finds \"bức xạ\".")
    public String search;

    // no @NonNull on the elements: on an input field this engine would make the whole list required
    @Description("Every one of these filters holds (và).")
    public List<ProcedureFilter> and;

    @Description("At least one of these filters holds (hoặc); [] matches nothing.")
    public List<ProcedureFilter> or;

    @Description("This filter does not hold (không): the exact complement, procedures without a value included.")
    public ProcedureFilter not;

    @Override
    public Condition toCondition(String path) {
        return Conditions.at(path)
                .value("code", code, ProcedureAttribute.CODE)
                .value("nationalCode", nationalCode, ProcedureAttribute.NATIONAL_CODE)
                .value("name", name, ProcedureAttribute.NAME)
                .related("field", field, ProcedureAttribute.FIELD)
                .related("competentUnit", competentUnit, ProcedureAttribute.COMPETENT_UNIT)
                .value("onlineService", onlineService, ProcedureAttribute.ONLINE_SERVICE)
                .value("legacyOnlineLevel", legacyOnlineLevel, ProcedureAttribute.LEGACY_ONLINE_LEVEL)
                .value("publicised", publicised, ProcedureAttribute.PUBLICISED)
                .given("search", search, () -> Condition.search(search))
                .build(and, or, not);
    }
}
