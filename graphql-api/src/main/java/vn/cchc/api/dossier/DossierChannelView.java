package vn.cchc.api.dossier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import vn.cchc.domain.dossier.DossierChannel;
import vn.cchc.processor.FilterOf;
import vn.cchc.processor.MirrorOf;

@Enum("DossierChannel")
@MirrorOf(DossierChannel.class)
@FilterOf("how a dossier was submitted (hình thức nộp)")
@Description("How a dossier reached the one-stop shop (hình thức nộp hồ sơ).")
public enum DossierChannelView {
    @Description("Submitted online (nộp trực tuyến, qua mạng).")
    ONLINE,
    @Description("Submitted in person (nộp trực tiếp).")
    IN_PERSON,
    @Description("Sent by post (qua dịch vụ bưu chính công ích).")
    POST
}
