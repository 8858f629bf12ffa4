package vn.cchc.api.dossierimport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import vn.cchc.api.error.Messages;
import vn.cchc.api.error.Writes;
import vn.cchc.api.filter.ListCriteria;
import vn.cchc.api.mapping.Enums;
import vn.cchc.api.paging.Paging;
import vn.cchc.api.security.CurrentCaller;
import vn.cchc.application.dossier.DossierImportService;
import vn.cchc.application.security.Caller;
import vn.cchc.domain.dossier.ImportFormat;

/** Bulk import of dossiers over GraphQL; thin: the {@link DossierImportService} checks and does everything. */
@GraphQLApi
@ApplicationScoped
public class ImportOperations {

    @Inject
    DossierImportService service;

    @Inject
    CurrentCaller caller;

    @Inject
    Validator validator;

    @Inject
    HttpServletRequest request;

    @Mutation("importDossiers")
    @NonNull
    @Description("Imports the dossiers a one-stop system exported (nhập hồ sơ từ hệ thống một cửa), as a job that runs "
            + "in the background: admin, or a reporter for its unit's subtree. Every row is checked first (required values, "
            + "codes that exist, a procedure of the unit, dates, enumerations, a unit open on the received day, the caller's "
            + "units); any broken rule fails the job with every error (line, column, reason) and nothing is written. "
            + "Otherwise all rows are written in one transaction: a dossier code new to its unit is added, a known one is "
            + "updated when the row differs and skipped when identical, so importing the same file again changes nothing.")
    public ImportDossiersPayload importDossiers(
            @NonNull @Name("input") @Description("The exported file and its format (tệp hồ sơ cần nhập).") ImportDossiersInput input) {
        return Writes.run(validator, input, () -> new ImportDossiersPayload(new ImportJobView(
                service.start(caller.get(), Enums.mirror(input.format, ImportFormat.class), input.content), language())));
    }

    @Query("importJob")
    @Description("An import job (lượt nhập) by id: the caller's own, or any for admins and Home Affairs; null otherwise.")
    public ImportJobView importJob(
            @NonNull @Id @Name("id") @Description("The job's id (mã lượt nhập), as ImportJob.id gives it.") String id) {
        long jobId;
        try {
            jobId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return null; // not an id this API gave out: no such job
        }
        return Writes.translated(() -> service.job(caller.get(), jobId).map(j -> new ImportJobView(j, language())).orElse(null));
    }

    @Query("importJobs")
    @NonNull
    @Description("Import jobs (các lượt nhập), newest first unless ordered otherwise: the caller's own, or all for admins "
            + "and Home Affairs; the filter narrows them and never reaches past that.")
    public ImportJobConnection importJobs(@Name("filter") @Description("Only the jobs matching this filter (lọc lượt nhập), among those "
                                                  + "the caller may read; all of those when absent.") ImportJobFilter filter,
                                          @Name("orderBy") @Description("The order (sắp xếp): keys in turn, ties finally by id; default newest first.") List<ImportJobOrder> orderBy,
                                          @Name("first") @Description(Paging.FIRST) Integer first,
                                          @Name("after") @Description(Paging.AFTER) String after) {
        Locale language = language();
        return Writes.translated(() -> {
            Caller reader = caller.get();
            return Paging.list(ListCriteria.of(filter, orderBy), first, after, (criteria, page) -> service.jobs(reader, criteria, page),
                    condition -> service.countJobs(reader, condition), j -> new ImportJobView(j, language), ImportJobConnection::new);
        });
    }

    private Locale language() {
        return Messages.negotiate(request.getHeader("Accept-Language"));
    }
}
