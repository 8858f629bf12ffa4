package vn.cchc.api.area;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.mapping.Enums;
import vn.cchc.domain.area.ReformArea;

@Type("ReformAreaInfo")
@Description("A reform area with its number and names (lĩnh vực cải cách hành chính), for labels and legends.")
public class ReformAreaInfoView {

    private final ReformArea reformArea;

    ReformAreaInfoView(ReformArea reformArea) {
        this.reformArea = reformArea;
    }

    @NonNull
    @Description("The area.")
    public ReformAreaView getArea() {
        return Enums.mirror(reformArea, ReformAreaView.class);
    }

    @NonNull
    @Description("Its number in the report outline (số thứ tự), 0 to 6.")
    public int getNumber() {
        return reformArea.number();
    }

    @NonNull
    @Description("Vietnamese name (tên tiếng Việt).")
    public String getNameVi() {
        return reformArea.nameVi();
    }

    @NonNull
    @Description("English name.")
    public String getNameEn() {
        return reformArea.nameEn();
    }
}
