package vn.cchc.api.dossierimport;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import vn.cchc.domain.dossier.ImportJobAttribute;

@Enum("ImportJobOrderField")
@Description("What import jobs can be ordered by.")
public enum ImportJobOrderField {
    @Description("The moment it was accepted (thời điểm nhận).")
    CREATED_AT(ImportJobAttribute.CREATED_AT),
    @Description("The moment it ended (thời điểm kết thúc); running jobs last.")
    FINISHED_AT(ImportJobAttribute.FINISHED_AT),
    @Description("The state (trạng thái), by its name.")
    STATE(ImportJobAttribute.STATE),
    @Description("The format (định dạng), by its name.")
    FORMAT(ImportJobAttribute.FORMAT),
    @Description("Who started it (người nhập).")
    STARTED_BY(ImportJobAttribute.STARTED_BY),
    @Description("Rows read (số dòng đã đọc).")
    ROWS_READ(ImportJobAttribute.ROWS_READ),
    @Description("Errors found (tổng số lỗi).")
    ERROR_COUNT(ImportJobAttribute.ERROR_COUNT);

    final List<ImportJobAttribute> attributes;

    ImportJobOrderField(ImportJobAttribute... attributes) {
        this.attributes = List.of(attributes);
    }
}
