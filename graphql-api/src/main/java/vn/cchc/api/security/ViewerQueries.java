package vn.cchc.api.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import vn.cchc.application.security.Caller;
import vn.cchc.domain.unit.UnitRepository;

@GraphQLApi
@ApplicationScoped
public class ViewerQueries {

    @Inject
    CurrentCaller caller;

    @Inject
    UnitRepository units;

    @Query("viewer")
    @NonNull
    @Description("Who is asking (người dùng hiện tại): the user, a reporter's unit, and what the caller may do.")
    public ViewerView viewer() {
        Caller who = caller.get();
        return new ViewerView(who, Optional.ofNullable(who.unitCode()).flatMap(units::findByCode).orElse(null));
    }
}
