package vn.cchc.api.finding;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import vn.cchc.domain.finding.Severity;
import vn.cchc.processor.FilterOf;
import vn.cchc.processor.MirrorOf;

@Enum("FindingSeverity")
@MirrorOf(Severity.class)
@FilterOf("the severity of a finding (mức độ)")
@Description("How much a data-quality finding weighs (mức độ), most serious first.")
public enum FindingSeverityView {
    @Description("The report contradicts itself or the records: a figure is wrong (lỗi).")
    ERROR,
    @Description("Unusual enough to be checked before it is trusted (cảnh báo).")
    WARNING,
    @Description("Worth knowing, wrong about nothing (lưu ý).")
    NOTICE
}
