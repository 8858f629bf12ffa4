package vn.cchc.api.ingestion;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import vn.cchc.processor.MirrorOf;
import vn.cchc.domain.ingestion.FactFlag;

@Enum("FactFlag")
@MirrorOf(FactFlag.class)
@Description("Why a reviewer should look twice at a fact (lưu ý).")
public enum FactFlagView {
    @Description("Read from an approximation (gần 900, hơn 12.200): not recordable until edited to an exact value (xấp xỉ).")
    APPROXIMATE,
    @Description("Read from a negative statement (không có hiện tượng trả chậm → 0) (suy ra từ câu phủ định).")
    NEGATIVE_STATEMENT,
    @Description("A stated percentage that its own x/y does not give: the x/y is proposed, the percentage left as printed (tỷ lệ không khớp).")
    PERCENT_MISMATCH,
    @Description("The parts stated do not add up to the whole beside them (các phần không khớp tổng).")
    PARTS_MISMATCH,
    @Description("Printed with blanks, as drafts leave it: Số: /SKHCN-VP, ngày tháng 3 năm 2022 (còn để trống).")
    INCOMPLETE
}
