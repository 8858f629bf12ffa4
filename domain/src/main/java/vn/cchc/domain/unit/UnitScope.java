package vn.cchc.domain.unit;

/**
 * A set of units named by place and kind, for filtering through a relation (documents whose issuer is a
 * department of the province, observations of one-stop shops): units in the subtree of {@code withinCode} (itself
 * included) and of {@code kind}; a null field does not narrow.
 */
public record UnitScope(String withinCode, UnitKind kind) {

    public static UnitScope any() {
        return new UnitScope(null, null);
    }

    public boolean isAny() {
        return withinCode == null && kind == null;
    }
}
