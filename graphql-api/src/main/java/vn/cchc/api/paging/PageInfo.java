package vn.cchc.api.paging;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PageInfo")
@Description("Where a page sits in its list (trang), as in Relay: pass endCursor as `after` to read the next page.")
public class PageInfo {

    private final boolean hasNextPage;
    private final boolean hasPreviousPage;
    private final String startCursor;
    private final String endCursor;

    PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
        this.hasNextPage = hasNextPage;
        this.hasPreviousPage = hasPreviousPage;
        this.startCursor = startCursor;
        this.endCursor = endCursor;
    }

    @NonNull
    @Description("True when more items follow this page.")
    public boolean isHasNextPage() {
        return hasNextPage;
    }

    @NonNull
    @Description("True when items come before this page.")
    public boolean isHasPreviousPage() {
        return hasPreviousPage;
    }

    @Description("The cursor of the first item of the page; null for an empty page.")
    public String getStartCursor() {
        return startCursor;
    }

    @Description("The cursor of the last item of the page; null for an empty page.")
    public String getEndCursor() {
        return endCursor;
    }
}
