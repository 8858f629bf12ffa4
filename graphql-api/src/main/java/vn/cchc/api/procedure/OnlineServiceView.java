package vn.cchc.api.procedure;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import vn.cchc.domain.procedure.OnlineService;
import vn.cchc.processor.FilterOf;
import vn.cchc.processor.MirrorOf;

@Enum("OnlineService")
@MirrorOf(OnlineService.class)
@FilterOf("an online public service level (mức độ dịch vụ công trực tuyến)")
@Description("How far a procedure can be done online under Nghị định 42/2022/NĐ-CP (mức độ dịch vụ công trực tuyến); "
        + "legacy level 4 maps to FULL, 3 to PARTIAL, 1 and 2 to NONE.")
public enum OnlineServiceView {
    @Description("Full online public service (dịch vụ công trực tuyến toàn trình), was level 4.")
    FULL,
    @Description("Partial online public service (dịch vụ công trực tuyến một phần), was level 3.")
    PARTIAL,
    @Description("Not an online public service (chưa cung cấp trực tuyến), was level 1 or 2.")
    NONE
}
