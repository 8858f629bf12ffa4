package vn.cchc.api.area;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import vn.cchc.domain.area.ReformArea;
import vn.cchc.processor.FilterOf;
import vn.cchc.processor.MirrorOf;

@Enum("ReformArea")
@MirrorOf(ReformArea.class)
@FilterOf("a reform area (lĩnh vực cải cách)")
@Description("Reform area (lĩnh vực cải cách hành chính): direction and management, then the six areas of the national "
        + "PAR master programme 2021-2030 (Nghị quyết 76/NQ-CP).")
public enum ReformAreaView {
    @Description("0. Direction and management (công tác chỉ đạo, điều hành).")
    DIRECTION_AND_MANAGEMENT,
    @Description("1. Institutional reform (cải cách thể chế).")
    INSTITUTIONAL_REFORM,
    @Description("2. Administrative procedure reform and the one-stop shop (cải cách thủ tục hành chính, cơ chế một cửa).")
    ADMINISTRATIVE_PROCEDURE_REFORM,
    @Description("3. Reform of the state administrative apparatus (cải cách tổ chức bộ máy hành chính nhà nước).")
    APPARATUS_REFORM,
    @Description("4. Civil service reform (cải cách chế độ công vụ, công chức).")
    CIVIL_SERVICE_REFORM,
    @Description("5. Public finance reform (cải cách tài chính công).")
    PUBLIC_FINANCE_REFORM,
    @Description("6. E-government and digital government (xây dựng chính quyền điện tử, chính quyền số).")
    E_GOVERNMENT
}
