package vn.cchc.api.unit;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import vn.cchc.domain.unit.AutonomyRegime;
import vn.cchc.processor.FilterOf;
import vn.cchc.processor.MirrorOf;

@Enum("AutonomyRegime")
@MirrorOf(AutonomyRegime.class)
@FilterOf("a financial-autonomy regime (cơ chế tự chủ)")
@Description("Financial-autonomy regime of a public service unit (cơ chế tự chủ tài chính), Nghị định 16/2015/NĐ-CP and 60/2021/NĐ-CP.")
public enum AutonomyRegimeView {
    @Description("Self-financing recurrent and investment spending (tự chủ chi thường xuyên và chi đầu tư).")
    SELF_FINANCING_RECURRENT_AND_INVESTMENT,
    @Description("Self-financing recurrent spending (tự chủ chi thường xuyên).")
    SELF_FINANCING_RECURRENT,
    @Description("Partly self-financing recurrent spending (tự chủ một phần chi thường xuyên).")
    PARTLY_SELF_FINANCING_RECURRENT,
    @Description("Recurrent spending funded by the State budget (do Nhà nước bảo đảm chi thường xuyên).")
    STATE_FUNDED
}
