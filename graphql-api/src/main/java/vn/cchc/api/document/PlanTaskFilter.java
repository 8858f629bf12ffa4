package vn.cchc.api.document;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import vn.cchc.api.area.ReformAreaFilter;
import vn.cchc.api.filter.Conditions;
import vn.cchc.api.filter.DateFilter;
import vn.cchc.api.filter.EntityFilter;
import vn.cchc.api.filter.IntFilter;
import vn.cchc.api.unit.UnitFilter;
import vn.cchc.domain.document.PlanTaskAttribute;
import vn.cchc.domain.shared.Condition;

@Input("PlanTaskFilter")
@Description("Which tasks of plans (bộ lọc nhiệm vụ): every field given must hold; and / or / not combine filters. Overdue "
        + "(quá hạn) is no field, for it depends on the day: the tasks overdue on a day are those not done whose deadline "
        + "is before it, {status: {in: [NOT_STARTED, IN_PROGRESS]}, deadline: {lt: \"2026-11-26\"}}. E.g. the overdue tasks "
        + "of a province's plans: that and plan: {issuer: {within: \"MH-TINH\"}}; the tasks a department leads, due this "
        + "quarter: {leadUnit: {code: {eq: \"MH-SNV\"}}, deadline: {gte: \"2026-10-01\", lte: \"2026-12-31\"}}.")
public class PlanTaskFilter implements EntityFilter {

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

    // no @NonNull on the elements: on an input field this engine would make the whole list required
    @Description("Every one of these filters holds (và).")
    public List<PlanTaskFilter> and;

    @Description("At least one of these filters holds (hoặc); [] matches nothing.")
    public List<PlanTaskFilter> or;

    @Description("This filter does not hold (không): the exact complement, tasks lacking a value included.")
    public PlanTaskFilter not;

    @Override
    public Condition toCondition(String path) {
        return Conditions.at(path)
                .related("plan", plan, PlanTaskAttribute.PLAN)
                .value("number", number, PlanTaskAttribute.NUMBER)
                .value("status", status, PlanTaskAttribute.STATUS)
                .value("area", area, PlanTaskAttribute.AREA)
                .related("leadUnit", leadUnit, PlanTaskAttribute.LEAD_UNIT)
                .value("deadline", deadline, PlanTaskAttribute.DEADLINE)
                .value("completedOn", completedOn, PlanTaskAttribute.COMPLETED_ON)
                .given("search", search, () -> Condition.search(search))
                .build(and, or, not);
    }
}
