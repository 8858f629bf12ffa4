package vn.cchc.domain.procedure;

/** Which procedures to list; every null field means "any". */
public record ProcedureCriteria(String fieldCode, String competentUnitCode, OnlineService onlineService, Boolean publicised) {

    public static ProcedureCriteria any() {
        return new ProcedureCriteria(null, null, null, null);
    }
}
