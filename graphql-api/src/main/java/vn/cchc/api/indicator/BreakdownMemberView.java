package vn.cchc.api.indicator;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.domain.indicator.BreakdownMember;

@Type("BreakdownMember")
@Description("One coordinate of a broken-down value (chi tiết theo), e.g. FIELD = NANG_LUONG_NGUYEN_TU.")
public class BreakdownMemberView {

    private final BreakdownMember breakdownMember;

    BreakdownMemberView(BreakdownMember breakdownMember) {
        this.breakdownMember = breakdownMember;
    }

    @NonNull
    @Description("The dimension (chiều phân tích): FIELD (lĩnh vực), DOSSIER_KIND (loại hồ sơ), ...")
    public String getDimension() {
        return breakdownMember.dimension();
    }

    @NonNull
    @Description("The member of the dimension (giá trị): a field code, a dossier kind, ...")
    public String getMember() {
        return breakdownMember.member();
    }

    @Description("The member as the source words it (nhãn theo nguồn), e.g. \"năng lượng nguyên tử, an toàn bức xạ hạt nhân\".")
    public String getLabel() {
        return breakdownMember.label();
    }
}
