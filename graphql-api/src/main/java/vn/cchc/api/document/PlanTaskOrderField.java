package vn.cchc.api.document;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import vn.cchc.domain.document.PlanTaskAttribute;

@Enum("PlanTaskOrderField")
@Description("What tasks of plans can be ordered by.")
public enum PlanTaskOrderField {
    @Description("The deadline (thời hạn); standing work last.")
    DEADLINE(PlanTaskAttribute.DEADLINE),
    @Description("The number in its plan (số thứ tự).")
    NUMBER(PlanTaskAttribute.NUMBER),
    @Description("How far it got (tiến độ), by its name.")
    STATUS(PlanTaskAttribute.STATUS),
    @Description("The day it was done (ngày hoàn thành); tasks not done last.")
    COMPLETED_ON(PlanTaskAttribute.COMPLETED_ON);

    final List<PlanTaskAttribute> attributes;

    PlanTaskOrderField(PlanTaskAttribute... attributes) {
        this.attributes = List.of(attributes);
    }
}
