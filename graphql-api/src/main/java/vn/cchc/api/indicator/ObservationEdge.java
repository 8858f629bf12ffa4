package vn.cchc.api.indicator;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.paging.Edge;

@Type("ObservationEdge")
@Description("An observation in a list, with its cursor.")
public class ObservationEdge extends Edge {

    private final ObservationView node;

    ObservationEdge(String cursor, ObservationView node) {
        super(cursor);
        this.node = node;
    }

    @NonNull
    @Description("The observation.")
    public ObservationView getNode() {
        return node;
    }
}
