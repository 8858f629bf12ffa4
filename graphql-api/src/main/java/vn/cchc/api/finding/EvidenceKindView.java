package vn.cchc.api.finding;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import vn.cchc.domain.finding.EvidenceKind;
import vn.cchc.processor.MirrorOf;

@Enum("EvidenceKind")
@MirrorOf(EvidenceKind.class)
@Description("What a finding's evidence points to (loại bằng chứng), and what its reference is.")
public enum EvidenceKindView {
    @Description("A figure of the report (số liệu): the observation's id.")
    OBSERVATION,
    @Description("The report (báo cáo): its id.")
    REPORT,
    @Description("A paragraph or bullet of the report (nội dung): the item's id.")
    REPORT_ITEM,
    @Description("A unit of the directory (đơn vị): its code.")
    UNIT,
    @Description("A document the report cites (văn bản): its id.")
    DOCUMENT,
    @Description("A count computed from the dossier records (số liệu từ hồ sơ): the indicator's code.")
    DOSSIER_COUNT,
    @Description("Words of the file the report was taken in from (trích tệp báo cáo): the fact's ordinal.")
    SOURCE_TEXT
}
