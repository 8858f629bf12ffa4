package vn.cchc.api.dossierimport;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ImportDossiersInput")
@Description("A dossier file to import (tệp hồ sơ cần nhập), as its text.")
public class ImportDossiersInput {

    @NotNull
    @NonNull
    @Description("Its format (định dạng); see ImportFormat for the columns.")
    public ImportFormatView format;

    @NotBlank
    @NonNull
    @Description("The whole file as text (nội dung tệp), UTF-8. Large files are better sent to POST /import/dossiers.")
    public String content;
}
