package vn.cchc.api.ingestion;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import vn.cchc.processor.MirrorOf;
import vn.cchc.domain.ingestion.FactDecision;

@Enum("FactDecision")
@MirrorOf(FactDecision.class)
@Description("What the reviewer decided about a fact (quyết định).")
public enum FactDecisionView {
    @Description("Not decided yet (chưa xem xét).")
    PROPOSED,
    @Description("Taken into the draft, as proposed or as edited (chấp nhận).")
    ACCEPTED,
    @Description("Left out of the draft (loại bỏ).")
    REJECTED
}
