package vn.cchc.api.dossier;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import vn.cchc.domain.dossier.DossierAttribute;

@Enum("DossierOrderField")
@Description("What dossiers can be ordered by.")
public enum DossierOrderField {
    @Description("The day received (ngày tiếp nhận).")
    RECEIVED_ON(DossierAttribute.RECEIVED_ON),
    @Description("The due day (ngày hẹn trả).")
    DUE_ON(DossierAttribute.DUE_ON),
    @Description("The day closed (ngày kết thúc); open dossiers last.")
    CLOSED_ON(DossierAttribute.CLOSED_ON),
    @Description("The code (mã hồ sơ).")
    CODE(DossierAttribute.CODE),
    @Description("The status (trạng thái), by its name.")
    STATUS(DossierAttribute.STATUS),
    @Description("The channel (hình thức nộp), by its name.")
    CHANNEL(DossierAttribute.CHANNEL),
    @Description("The kind (loại hồ sơ), by its name.")
    KIND(DossierAttribute.KIND);

    final List<DossierAttribute> attributes;

    DossierOrderField(DossierAttribute... attributes) {
        this.attributes = List.of(attributes);
    }
}
