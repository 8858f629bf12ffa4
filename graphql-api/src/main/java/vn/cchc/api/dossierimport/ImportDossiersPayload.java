package vn.cchc.api.dossierimport;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ImportDossiersPayload")
@Description("The answer of importDossiers (kết quả): the job that runs the import; ask importJob(id) how it goes.")
public class ImportDossiersPayload {

    private final ImportJobView started; // not named "job": SmallRye would read the field as the job field's type

    ImportDossiersPayload(ImportJobView started) {
        this.started = started;
    }

    @NonNull
    @Description("The import job, QUEUED when accepted.")
    public ImportJobView getJob() {
        return started;
    }
}
