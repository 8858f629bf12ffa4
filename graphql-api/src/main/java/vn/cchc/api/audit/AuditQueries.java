package vn.cchc.api.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import vn.cchc.api.filter.EntityFilter;
import vn.cchc.api.paging.Paging;
import vn.cchc.api.security.CurrentCaller;
import vn.cchc.application.security.Operation;
import vn.cchc.domain.audit.AuditRepository;
import vn.cchc.domain.shared.Criteria;

@GraphQLApi
@ApplicationScoped
public class AuditQueries {

    @Inject
    AuditRepository entries;

    @Inject
    CurrentCaller caller;

    @Query("auditTrail")
    @NonNull
    @Description("The audit trail (nhật ký thay đổi), newest change first: who changed what, when, before and after, "
            + "and why. For admins and Home Affairs only.")
    public AuditEntryConnection auditTrail(@Name("filter") @Description("Only the entries matching this filter (lọc nhật ký); the "
                                                   + "whole trail when absent.") AuditFilter filter,
                                           @Name("first") @Description(Paging.FIRST) Integer first,
                                           @Name("after") @Description(Paging.AFTER) String after) {
        caller.require(Operation.READ_AUDIT, "auditTrail");
        return Paging.list(Criteria.where(EntityFilter.of(filter, "filter")), first, after, entries::find, entries::count, AuditEntryView::new,
                AuditEntryConnection::new);
    }
}
