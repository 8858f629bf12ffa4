package vn.cchc.api.indicator;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import vn.cchc.domain.indicator.ObservationAttribute;

@Enum("ObservationOrderField")
@Description("What observations can be ordered by.")
public enum ObservationOrderField {
    @Description("The period (kỳ): year, then length of period, then number.")
    PERIOD(ObservationAttribute.PERIOD_YEAR, ObservationAttribute.PERIOD_TYPE, ObservationAttribute.PERIOD_NUMBER),
    @Description("The value (giá trị).")
    VALUE(ObservationAttribute.VALUE),
    @Description("The source (nguồn), by its name.")
    SOURCE(ObservationAttribute.SOURCE);

    final List<ObservationAttribute> attributes;

    ObservationOrderField(ObservationAttribute... attributes) {
        this.attributes = List.of(attributes);
    }
}
