package vn.cchc.api.dossierimport;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import vn.cchc.domain.dossier.ImportState;
import vn.cchc.processor.FilterOf;
import vn.cchc.processor.MirrorOf;

@Enum("ImportState")
@MirrorOf(ImportState.class)
@FilterOf("the state of an import job (trạng thái lượt nhập)")
@Description("Where an import job stands (trạng thái lượt nhập).")
public enum ImportStateView {
    @Description("Accepted, waiting to run (đang chờ).")
    QUEUED,
    @Description("Checking every row; nothing written yet (đang kiểm tra).")
    VALIDATING,
    @Description("Every row passed; writing them in one transaction (đang ghi).")
    WRITING,
    @Description("Every row written, or skipped as unchanged (thành công).")
    SUCCEEDED,
    @Description("A row broke a rule, the write failed, or the server stopped before it ended (IMPORT_INTERRUPTED); "
            + "nothing was written (thất bại).")
    FAILED
}
