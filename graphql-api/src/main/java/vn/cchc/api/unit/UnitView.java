package vn.cchc.api.unit;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.mapping.Enums;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitAttribute;
import vn.cchc.processor.ListOf;
import vn.cchc.processor.OrderBy;

@Type("Unit")
@Description("A unit (đơn vị): a province, a People's Committee, a department (Sở) or a unit inside one. Units form a "
        + "tree and change over time: merged or renamed units are closed and name their successors.")
@ListOf(page = "units (danh sách đơn vị)", nodes = "units", edge = "An unit", node = "unit",
        attributes = UnitAttribute.class, order = "units (sắp xếp đơn vị)",
        orderBy = {
                @OrderBy(value = "CODE", description = "The code (mã đơn vị)."),
                @OrderBy(value = "NAME", description = "The full name (tên đơn vị)."),
                @OrderBy(value = "SHORT_NAME", description = "The short name (tên viết tắt); units without one last."),
                @OrderBy(value = "KIND", description = "The kind (loại đơn vị), by the name of the kind."),
                @OrderBy(value = "VALID_FROM", description = "The first day (ngày thành lập); unknown last."),
                @OrderBy(value = "VALID_TO", description = "The last day (ngày chấm dứt hoạt động); units still open last.")})
public class UnitView {

    private final Unit unit;

    public UnitView(Unit unit) {
        this.unit = unit;
    }

    public static UnitView of(Unit unit) {
        return unit == null ? null : new UnitView(unit);
    }


    /** The entity's id, for loading nested lists of many parents at once; not part of the schema. */
    public long entityId() {
        return unit.id();
    }

    @Id
    @NonNull
    @Description("Opaque identifier (mã định danh nội bộ).")
    public String getId() {
        return String.valueOf(unit.id());
    }

    @Description("The version (phiên bản): it rises with every change; every change names the version it was made from.")
    public int getVersion() {
        return (int) unit.version();
    }

    @NonNull
    @Description("Stable code (mã đơn vị), e.g. NA-SKHCN.")
    public String getCode() {
        return unit.code();
    }

    @NonNull
    @Description("Full Vietnamese name (tên đơn vị), e.g. Sở Khoa học và Công nghệ tỉnh Nghệ An.")
    public String getName() {
        return unit.name();
    }

    @Description("Short name (tên viết tắt, tên gọi tắt), e.g. Sở Khoa học và Công nghệ.")
    public String getShortName() {
        return unit.shortName();
    }

    @NonNull
    @Description("Kind of unit (loại đơn vị).")
    public UnitKindView getKind() {
        return Enums.mirror(unit.kind(), UnitKindView.class);
    }

    @Description("The unit above this one in the tree (đơn vị cấp trên); null at the root.")
    public UnitView getParent() {
        return unit.parent().map(UnitView::new).orElse(null);
    }

    @Description("Financial-autonomy regime (cơ chế tự chủ tài chính) of a public service unit; null for other units.")
    public AutonomyRegimeView getAutonomyRegime() {
        return unit.autonomyRegime().map(r -> Enums.mirror(r, AutonomyRegimeView.class)).orElse(null);
    }

    @Description("First day the unit existed (ngày thành lập), ISO-8601; null when not known.")
    public LocalDate getValidFrom() {
        return unit.validFrom();
    }

    @Description("Last day the unit existed (ngày chấm dứt hoạt động), ISO-8601; null while it exists.")
    public LocalDate getValidTo() {
        return unit.validTo();
    }

    @NonNull
    @Description("True for generated demo data (dữ liệu mô phỏng), never to be read as real figures; false for real units.")
    public boolean isGenerated() {
        return unit.isGenerated();
    }

    @NonNull
    @Description("Units merged or renamed into this one (đơn vị tiền thân).")
    public List<@NonNull UnitView> getPredecessors() {
        return unit.predecessors().stream().map(UnitView::new).toList();
    }

    @NonNull
    @Description("Units this one was merged or renamed into (đơn vị kế thừa).")
    public List<@NonNull UnitView> getSuccessors() {
        return unit.successors().stream().map(UnitView::new).toList();
    }
}
