package vn.cchc.api.unit;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import vn.cchc.domain.unit.UnitKind;
import vn.cchc.processor.FilterOf;
import vn.cchc.processor.MirrorOf;

@Enum("UnitKind")
@MirrorOf(UnitKind.class)
@FilterOf("a unit kind (loại đơn vị)")
@Description("What kind of body a unit is (loại đơn vị).")
public enum UnitKindView {
    @Description("Province or centrally governed city (tỉnh, thành phố trực thuộc trung ương).")
    PROVINCE,
    @Description("People's Committee (Ủy ban nhân dân, UBND).")
    PEOPLES_COMMITTEE,
    @Description("People's Council (Hội đồng nhân dân, HĐND).")
    PEOPLES_COUNCIL,
    @Description("Department of the province (Sở).")
    DEPARTMENT,
    @Description("Department office (Văn phòng Sở).")
    DEPARTMENT_OFFICE,
    @Description("Specialised division (phòng chuyên môn).")
    SPECIALISED_DIVISION,
    @Description("One-stop shop (bộ phận một cửa).")
    ONE_STOP_SHOP,
    @Description("Public service unit (đơn vị sự nghiệp công lập).")
    PUBLIC_SERVICE_UNIT,
    @Description("District-level People's Committee (UBND huyện, thành, thị).")
    DISTRICT,
    @Description("Commune, ward or township (xã, phường, thị trấn).")
    COMMUNE,
    @Description("Party committee or its standing committee (Tỉnh ủy, Ban thường vụ Tỉnh ủy).")
    PARTY_COMMITTEE,
    @Description("Government, Prime Minister or ministry (Chính phủ, Thủ tướng, Bộ).")
    GOVERNMENT_BODY
}
