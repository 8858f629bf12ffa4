package vn.cchc.api.document;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import vn.cchc.domain.document.LinkType;
import vn.cchc.processor.MirrorOf;

@Enum("LinkType")
@MirrorOf(LinkType.class)
@Description("How one document relates to another (quan hệ giữa văn bản), read from the source document.")
public enum LinkTypeView {
    @Description("Amends (sửa đổi, bổ sung).")
    AMENDS,
    @Description("Implements (triển khai, thực hiện).")
    IMPLEMENTS,
    @Description("Replaces (thay thế).")
    REPLACES
}
