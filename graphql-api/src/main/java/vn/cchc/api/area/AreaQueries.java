package vn.cchc.api.area;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import vn.cchc.api.security.CurrentCaller;
import vn.cchc.application.security.Operation;
import vn.cchc.domain.area.ReformArea;

@GraphQLApi
@ApplicationScoped
public class AreaQueries {

    @Inject
    CurrentCaller caller;

    @Query("reformAreas")
    @NonNull
    @Description("The seven reform areas in report order (các lĩnh vực cải cách hành chính).")
    public List<@NonNull ReformAreaInfoView> reformAreas() {
        caller.require(Operation.READ_DIRECTORY, "reformAreas");
        return Arrays.stream(ReformArea.values()).map(ReformAreaInfoView::new).toList();
    }
}
