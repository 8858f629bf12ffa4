package vn.cchc.api.finding;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import vn.cchc.api.analytics.PeriodInput;

/** The inputs of the finding mutations. */
public final class FindingInputs {

    private FindingInputs() {
    }

    @Input("EvaluateDataFindingsInput")
    @Description("Where and when to run the data-quality rules (phạm vi kiểm tra): a unit's subtree and a range of quarters.")
    public static class EvaluateDataFindingsInput {

        @NonNull
        @Description("The unit (mã đơn vị): it and every unit below it that reports each quarter are checked, e.g. \"NA\".")
        public String unitCode;

        @NonNull
        @Description("The first quarter (từ quý), e.g. {type: QUARTER, year: 2022, number: 1}.")
        public PeriodInput from;

        @Description("The last quarter (đến quý), included; default `from`; at most 40 quarters in all.")
        public PeriodInput through;
    }

    @Input("ChangeDataFindingStatusInput")
    @Description("A finding's new status (cập nhật trạng thái phát hiện), with the version read and the comment.")
    public static class ChangeDataFindingStatusInput {

        @NonNull
        @Id
        @Description("The finding (mã phát hiện).")
        public String id;

        @NonNull
        @Description("The finding's version as the client read it (phiên bản); a stale one is refused with CONFLICT.")
        public Integer version;

        @NonNull
        @Description("The new status (trạng thái mới): ACKNOWLEDGED needs a comment saying why the figures stand.")
        public FindingStatusView status;

        @Description("Why (ghi chú): the explanation of an acknowledged finding, how one was resolved, why one opens again.")
        public String comment;
    }
}
