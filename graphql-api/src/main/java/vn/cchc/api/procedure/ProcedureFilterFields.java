package vn.cchc.api.procedure;

import org.eclipse.microprofile.graphql.Description;
import vn.cchc.api.filter.BooleanFilter;
import vn.cchc.api.filter.IntFilter;
import vn.cchc.api.filter.StringFilter;
import vn.cchc.api.unit.UnitFilter;
import vn.cchc.domain.procedure.ProcedureAttribute;
import vn.cchc.domain.shared.Condition;
import vn.cchc.processor.FilterFields;

@FilterFields(name = "ProcedureFilter", attributes = ProcedureAttribute.class,
        complement = "the exact complement, procedures without a value included",
        description = "Which administrative procedures (bộ lọc thủ tục): every field given must hold; and / or / not combine filters. E.g. {field: {code: {eq: \"NANG_LUONG_NGUYEN_TU\"}}}.")
public abstract class ProcedureFilterFields {

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

    Condition search(String path) {
        return Condition.search(search);
    }
}
