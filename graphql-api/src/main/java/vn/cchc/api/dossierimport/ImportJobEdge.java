package vn.cchc.api.dossierimport;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.paging.Edge;

@Type("ImportJobEdge")
@Description("An import job in a list, with its cursor.")
public class ImportJobEdge extends Edge {

    private final ImportJobView node;

    ImportJobEdge(String cursor, ImportJobView node) {
        super(cursor);
        this.node = node;
    }

    @NonNull
    @Description("The job.")
    public ImportJobView getNode() {
        return node;
    }
}
