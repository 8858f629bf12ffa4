package vn.cchc.api.indicator;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ObservationEdge")
@Description("An observation in a list, with its cursor.")
public class ObservationEdge {

    private final String cursor;
    private final ObservationView node;

    ObservationEdge(String cursor, ObservationView node) {
        this.cursor = cursor;
        this.node = node;
    }

    @NonNull
    @Description("Opaque cursor of this item; pass it as `after` to read the items that follow.")
    public String getCursor() {
        return cursor;
    }

    @NonNull
    @Description("The observation.")
    public ObservationView getNode() {
        return node;
    }
}
