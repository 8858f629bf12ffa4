package vn.cchc.domain.unit;

/** What kind of body a unit is. */
public enum UnitKind {
    /** tỉnh, thành phố trực thuộc trung ương */
    PROVINCE,
    /** Ủy ban nhân dân (UBND) */
    PEOPLES_COMMITTEE,
    /** Hội đồng nhân dân (HĐND) */
    PEOPLES_COUNCIL,
    /** Sở */
    DEPARTMENT,
    /** Văn phòng Sở */
    DEPARTMENT_OFFICE,
    /** phòng chuyên môn */
    SPECIALISED_DIVISION,
    /** bộ phận một cửa */
    ONE_STOP_SHOP,
    /** đơn vị sự nghiệp công lập */
    PUBLIC_SERVICE_UNIT,
    /** UBND huyện, thành, thị */
    DISTRICT,
    /** xã, phường, thị trấn */
    COMMUNE,
    /** Tỉnh ủy, Ban thường vụ Tỉnh ủy */
    PARTY_COMMITTEE,
    /** Chính phủ, Thủ tướng, Bộ */
    GOVERNMENT_BODY;

    /** Whether units of this kind send Home Affairs a CCHC report every quarter: the departments and the districts. */
    public boolean reportsQuarterly() {
        return this == DEPARTMENT || this == DISTRICT;
    }
}
