package vn.cchc.api.indicator;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.area.ReformAreaView;
import vn.cchc.api.mapping.Enums;
import vn.cchc.domain.indicator.Indicator;

@Type("Indicator")
@Description("An indicator (chỉ tiêu): a measurable quantity of a reform area, with a stable code dashboards rely on.")
public class IndicatorView {

    private final Indicator indicator;

    public IndicatorView(Indicator indicator) {
        this.indicator = indicator;
    }

    /** The entity's id, for loading nested lists of many parents at once; not part of the schema. */
    public long entityId() {
        return indicator.id();
    }

    @NonNull
    @Description("Stable code (mã chỉ tiêu), e.g. DOSSIERS_ONLINE.")
    public String getCode() {
        return indicator.code();
    }

    @NonNull
    @Description("Vietnamese name (tên chỉ tiêu).")
    public String getNameVi() {
        return indicator.nameVi();
    }

    @NonNull
    @Description("English name.")
    public String getNameEn() {
        return indicator.nameEn();
    }

    @NonNull
    @Description("What kind of number it is (đơn vị đo): count, ratio or percent.")
    public MeasureView getMeasure() {
        return Enums.mirror(indicator.measure(), MeasureView.class);
    }

    @NonNull
    @Description("The reform area it belongs to (lĩnh vực).")
    public ReformAreaView getArea() {
        return Enums.mirror(indicator.area(), ReformAreaView.class);
    }

    @Description("Unit of measure (đơn vị tính), e.g. \"hồ sơ\".")
    public String getUnitOfMeasure() {
        return indicator.unitOfMeasure();
    }

    @Description("True when a higher value is better, false when lower is better; null for volumes where neither is.")
    public Boolean getHigherIsBetter() {
        return indicator.higherIsBetter().orElse(null);
    }
}
