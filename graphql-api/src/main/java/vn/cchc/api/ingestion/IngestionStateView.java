package vn.cchc.api.ingestion;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import vn.cchc.processor.MirrorOf;
import vn.cchc.domain.ingestion.IngestionState;

@Enum("IngestionState")
@MirrorOf(IngestionState.class)
@Description("Where an ingestion stands (trạng thái).")
public enum IngestionStateView {
    @Description("Its facts are proposed and being reviewed (đang xem xét).")
    PROPOSED,
    @Description("A draft report was made of its accepted facts; the draft is edited from then on (đã lập dự thảo).")
    DRAFTED
}
