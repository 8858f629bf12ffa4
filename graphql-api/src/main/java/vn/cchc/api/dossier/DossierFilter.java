package vn.cchc.api.dossier;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import vn.cchc.api.mapping.Enums;
import vn.cchc.domain.dossier.DossierChannel;
import vn.cchc.domain.dossier.DossierCriteria;
import vn.cchc.domain.dossier.DossierKind;
import vn.cchc.domain.dossier.DossierStatus;

@Input("DossierFilter")
@Description("Which dossiers to list (bộ lọc hồ sơ); fields left out match everything, given fields must all match.")
public class DossierFilter {

    @Description("Only dossiers received by the unit with this code (đơn vị tiếp nhận).")
    public String unitCode;

    @Description("Only dossiers for the procedure with this code (thủ tục).")
    public String procedureCode;

    @Description("Only dossiers in this status (trạng thái).")
    public DossierStatusView status;

    @Description("Only dossiers submitted this way (hình thức nộp).")
    public DossierChannelView channel;

    @Description("Only dossiers of this kind (loại hồ sơ).")
    public DossierKindView kind;

    @Description("Only dossiers received on or after this day (từ ngày), ISO-8601.")
    public LocalDate receivedFrom;

    @Description("Only dossiers received on or before this day (đến ngày), ISO-8601.")
    public LocalDate receivedTo;

    static DossierCriteria toCriteria(DossierFilter filter) {
        return filter == null ? DossierCriteria.any() : new DossierCriteria(filter.unitCode, filter.procedureCode,
                Enums.mirror(filter.status, DossierStatus.class), Enums.mirror(filter.channel, DossierChannel.class),
                Enums.mirror(filter.kind, DossierKind.class), filter.receivedFrom, filter.receivedTo);
    }
}
