package vn.cchc.api.dossier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import vn.cchc.domain.dossier.DossierKind;
import vn.cchc.processor.FilterOf;
import vn.cchc.processor.MirrorOf;

@Enum("DossierKind")
@MirrorOf(DossierKind.class)
@FilterOf("a dossier kind (loại hồ sơ)")
@Description("What a dossier asks for (loại hồ sơ).")
public enum DossierKindView {
    @Description("A new grant (cấp mới).")
    NEW,
    @Description("A renewal (gia hạn).")
    RENEWAL,
    @Description("An amendment (sửa đổi, bổ sung).")
    AMENDMENT,
    @Description("A re-issue (cấp lại).")
    REISSUE,
    @Description("A certificate (cấp chứng chỉ).")
    CERTIFICATE
}
