package vn.cchc.api.finding;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.mapping.Enums;
import vn.cchc.domain.finding.Evidence;

@Type("FindingEvidence")
@Description("One thing a finding points to (bằng chứng): what it is, how to find it, and what it says in the data's words.")
public class FindingEvidenceView {

    private final Evidence evidence;

    FindingEvidenceView(Evidence evidence) {
        this.evidence = evidence;
    }

    @NonNull
    @Description("What it is (loại).")
    public EvidenceKindView getKind() {
        return Enums.mirror(evidence.kind(), EvidenceKindView.class);
    }

    @Description("Its id or code, as the kind says (mã tham chiếu); null when it has none.")
    public String getReference() {
        return evidence.reference();
    }

    @NonNull
    @Description("What it says (nội dung), as the data has it, in Vietnamese.")
    public String getText() {
        return evidence.text();
    }
}
