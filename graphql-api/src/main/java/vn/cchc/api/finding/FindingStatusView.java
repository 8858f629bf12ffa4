package vn.cchc.api.finding;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import vn.cchc.domain.finding.FindingStatus;
import vn.cchc.processor.FilterOf;
import vn.cchc.processor.MirrorOf;

@Enum("FindingStatus")
@MirrorOf(FindingStatus.class)
@FilterOf("the status of a finding (trạng thái)")
@Description("Where a data-quality finding stands (trạng thái).")
public enum FindingStatusView {
    @Description("Found and not looked at yet (mới phát hiện).")
    OPEN,
    @Description("Seen and explained by its comment, the figures left as they are (đã ghi nhận).")
    ACKNOWLEDGED,
    @Description("Corrected, or no longer found when the rules ran again (đã xử lý).")
    RESOLVED
}
