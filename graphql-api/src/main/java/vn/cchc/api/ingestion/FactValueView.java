package vn.cchc.api.ingestion;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("FactValue")
@Description("One value of a fact (giá trị), by its name: e.g. numerator 12, denominator 28; issuedOn 2022-01-26.")
public class FactValueView {

    private final String name;
    private final String value;

    public FactValueView(String name, String value) {
        this.name = name;
        this.value = value;
    }

    @NonNull
    @Description("Its name (tên).")
    public String getName() {
        return name;
    }

    @NonNull
    @Description("Its value as text, numbers plain (1234, 98.7), dates ISO (giá trị).")
    public String getValue() {
        return value;
    }
}
