package vn.cchc.api.paging;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** What every edge shares: the cursor of its node. Each list's generated {@code <T>Edge} adds its typed {@code node}. */
public abstract class Edge {

    private final String cursor;

    protected Edge(String cursor) {
        this.cursor = cursor;
    }

    @NonNull
    @Description("Opaque cursor of this item; pass it as `after` to read the items that follow.")
    public String getCursor() {
        return cursor;
    }
}
