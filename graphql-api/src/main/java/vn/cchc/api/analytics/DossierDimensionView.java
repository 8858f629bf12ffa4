package vn.cchc.api.analytics;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import vn.cchc.domain.statistics.DossierDimension;
import vn.cchc.processor.MirrorOf;

@Enum("DossierDimension")
@MirrorOf(DossierDimension.class)
@Description("What dossier statistics are grouped by (chiều thống kê hồ sơ); any combination.")
public enum DossierDimensionView {
    @Description("The unit that received the dossiers (đơn vị tiếp nhận), alone.")
    UNIT,
    @Description("A unit with every unit below it (đơn vị và các đơn vị trực thuộc): a roll-up over the tree; which units "
            + "are rolled up into is the filter's `subtrees` (default: every unit).")
    UNIT_SUBTREE,
    @Description("The procedure's field (lĩnh vực thủ tục hành chính).")
    FIELD,
    @Description("The procedure (thủ tục hành chính).")
    PROCEDURE,
    @Description("How the dossiers were submitted (hình thức nộp).")
    CHANNEL,
    @Description("What the dossiers ask for (loại hồ sơ).")
    KIND,
    @Description("Each year (năm) from `period` through `through`, which must then be whole years.")
    YEAR,
    @Description("Each quarter (quý) from `period` through `through`.")
    QUARTER
}
