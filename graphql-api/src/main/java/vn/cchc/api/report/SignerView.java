package vn.cchc.api.report;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.domain.report.Signer;

@Type("Signer")
@Description("Who signed a report (người ký).")
public class SignerView {

    private final Signer signer;

    SignerView(Signer signer) {
        this.signer = signer;
    }

    @NonNull
    @Description("Full name (họ và tên).")
    public String getName() {
        return signer.name();
    }

    @NonNull
    @Description("Position (chức vụ), e.g. Giám đốc.")
    public String getPosition() {
        return signer.position();
    }
}
