package vn.cchc.api.unit;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import vn.cchc.domain.unit.UnitAttribute;

@Enum("UnitOrderField")
@Description("What units can be ordered by.")
public enum UnitOrderField {
    @Description("The code (mã đơn vị).")
    CODE(UnitAttribute.CODE),
    @Description("The full name (tên đơn vị).")
    NAME(UnitAttribute.NAME),
    @Description("The short name (tên viết tắt); units without one last.")
    SHORT_NAME(UnitAttribute.SHORT_NAME),
    @Description("The kind (loại đơn vị), by the name of the kind.")
    KIND(UnitAttribute.KIND),
    @Description("The first day (ngày thành lập); unknown last.")
    VALID_FROM(UnitAttribute.VALID_FROM),
    @Description("The last day (ngày chấm dứt hoạt động); units still open last.")
    VALID_TO(UnitAttribute.VALID_TO);

    final List<UnitAttribute> attributes;

    UnitOrderField(UnitAttribute... attributes) {
        this.attributes = List.of(attributes);
    }
}
