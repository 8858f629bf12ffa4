package vn.cchc.api.area;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import vn.cchc.domain.area.ReformArea;

@GraphQLApi
@ApplicationScoped
public class AreaQueries {

    @Query("reformAreas")
    @NonNull
    @Description("The seven reform areas in report order (các lĩnh vực cải cách hành chính).")
    public List<@NonNull ReformAreaInfoView> reformAreas() {
        return Arrays.stream(ReformArea.values()).map(ReformAreaInfoView::new).toList();
    }
}
