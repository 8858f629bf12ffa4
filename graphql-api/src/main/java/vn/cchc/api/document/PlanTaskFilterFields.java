package vn.cchc.api.document;

import org.eclipse.microprofile.graphql.Description;
import vn.cchc.api.area.ReformAreaFilter;
import vn.cchc.api.filter.DateFilter;
import vn.cchc.api.filter.IntFilter;
import vn.cchc.api.unit.UnitFilter;
import vn.cchc.domain.document.PlanTaskAttribute;
import vn.cchc.domain.shared.Condition;
import vn.cchc.processor.FilterFields;

@FilterFields(name = "PlanTaskFilter", attributes = PlanTaskAttribute.class,
        complement = "the exact complement, tasks lacking a value included",
        description = "Which tasks of plans (bộ lọc nhiệm vụ): every field given must hold; and / or / not combine filters. Overdue "
                + "(quá hạn) is no field, for it depends on the day: the tasks overdue on a day are those not done whose deadline "
                + "is before it, {status: {in: [NOT_STARTED, IN_PROGRESS]}, deadline: {lt: \"2026-11-26\"}}. E.g. the overdue tasks "
                + "of a province's plans: that and plan: {issuer: {within: \"MH-TINH\"}}; the tasks a department leads, due this "
                + "quarter: {leadUnit: {code: {eq: \"MH-SNV\"}}, deadline: {gte: \"2026-10-01\", lte: \"2026-12-31\"}}.")
public abstract class PlanTaskFilterFields {

    @Description("The plan (kế hoạch) matches this filter, e.g. {issuer: {within: \"MH-TINH\"}} or {number: {eq: \"12/KH-UBND\"}}.")
    public DocumentFilter plan;

    @Description("Its number in the plan (số thứ tự).")
    public IntFilter number;

    @Description("How far it got (tiến độ).")
    public PlanTaskStatusFilter status;

    @Description("The reform area (lĩnh vực CCHC); tasks about no area match no comparison, {isNull: true} finds them.")
    public ReformAreaFilter area;

    @Description("The unit in charge (đơn vị chủ trì) matches this filter; {within: \"MH-SNV\"} gives a department and the "
            + "units below it. Tasks without one never match.")
    public UnitFilter leadUnit;

    @Description("The deadline (thời hạn hoàn thành); standing work (thường xuyên, no deadline) matches no comparison.")
    public DateFilter deadline;

    @Description("The day it was done (ngày hoàn thành); tasks not done match no comparison.")
    public DateFilter completedOn;

    @Description("Words the description must contain (tìm kiếm), in any case, with or without Vietnamese diacritics: "
            + "\"ra soat\" finds \"Rà soát\".")
    public String search;

    Condition search(String path) {
        return Condition.search(search);
    }
}
