package vn.cchc.api.filter;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import vn.cchc.domain.shared.SortDirection;
import vn.cchc.processor.MirrorOf;

@Enum("SortDirection")
@MirrorOf(SortDirection.class)
@Description("Which end of an order comes first (chiều sắp xếp). Missing values come last either way.")
public enum SortDirectionView {
    @Description("Smallest, earliest or A first (tăng dần).")
    ASC,
    @Description("Largest, latest or Z first (giảm dần).")
    DESC
}
