package vn.cchc.api.procedure;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import vn.cchc.api.mapping.Enums;
import vn.cchc.domain.procedure.OnlineService;
import vn.cchc.domain.procedure.ProcedureCriteria;

@Input("ProcedureFilter")
@Description("Which procedures to list (bộ lọc thủ tục); fields left out match everything, given fields must all match.")
public class ProcedureFilter {

    @Description("Only procedures of the field with this code (lĩnh vực).")
    public String fieldCode;

    @Description("Only procedures resolved by the unit with this code (cơ quan có thẩm quyền).")
    public String competentUnitCode;

    @Description("Only procedures offered at this online service level (mức độ dịch vụ công trực tuyến).")
    public OnlineServiceView onlineService;

    @Description("Only publicised (true) or unpublicised (false) procedures (công khai).")
    public Boolean publicised;

    @Description("Words the code or name must contain (tìm kiếm), in any case, with or without Vietnamese diacritics: "
            + "\"buc xa\" finds \"bức xạ\".")
    public String search;

    static ProcedureCriteria toCriteria(ProcedureFilter filter) {
        return filter == null ? ProcedureCriteria.any() : new ProcedureCriteria(filter.fieldCode, filter.competentUnitCode,
                Enums.mirror(filter.onlineService, OnlineService.class), filter.publicised, filter.search);
    }
}
