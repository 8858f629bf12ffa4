package vn.cchc.domain.procedure;

/** Which procedures to list; every null field means "any"; {@code search} matches the folded codes and name. */
public record ProcedureCriteria(String fieldCode, String competentUnitCode, OnlineService onlineService, Boolean publicised,
                                String search) {

    public static ProcedureCriteria any() {
        return new ProcedureCriteria(null, null, null, null, null);
    }
}
