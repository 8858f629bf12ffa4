package vn.cchc.api.analytics;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import vn.cchc.api.dossier.DossierChannelView;
import vn.cchc.api.dossier.DossierKindView;
import vn.cchc.api.mapping.Enums;
import vn.cchc.domain.dossier.DossierChannel;
import vn.cchc.domain.dossier.DossierKind;
import vn.cchc.domain.statistics.DossierStatisticsCriteria;

@Input("DossierStatisticsFilter")
@Description("Which dossiers statistics count (bộ lọc thống kê hồ sơ); fields left out match everything, given fields must all match.")
public class DossierStatisticsFilter {

    @Description("Only dossiers received by the unit with this code or any unit below it (trong cây đơn vị).")
    public String withinCode;

    @Description("Only dossiers for procedures of the field with this code (lĩnh vực).")
    public String fieldCode;

    @Description("Only dossiers for the procedure with this code (thủ tục).")
    public String procedureCode;

    @Description("Only dossiers submitted this way (hình thức nộp).")
    public DossierChannelView channel;

    @Description("Only dossiers of this kind (loại hồ sơ).")
    public DossierKindView kind;

    @Description("With UNIT_SUBTREE: the units to roll up into (đơn vị tổng hợp), e.g. {kind: DEPARTMENT}; default every "
            + "unit. Units outside withinCode are left out, as their totals would be partial.")
    public UnitSelectionInput subtrees;

    static DossierStatisticsCriteria toCriteria(DossierStatisticsFilter filter) {
        return filter == null ? DossierStatisticsCriteria.any() : new DossierStatisticsCriteria(filter.withinCode,
                filter.fieldCode, filter.procedureCode, Enums.mirror(filter.channel, DossierChannel.class),
                Enums.mirror(filter.kind, DossierKind.class),
                filter.subtrees == null ? null : UnitSelectionInput.toSelection(filter.subtrees));
    }
}
