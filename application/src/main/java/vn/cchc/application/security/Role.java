package vn.cchc.application.security;

import java.util.Arrays;
import java.util.Optional;

/** A role as the user registry or the token's groups name it. */
public enum Role {
    /** quản trị: everything */
    ADMIN("admin"),
    /** Sở Nội vụ: reads everything, returns and approves reports */
    HOME_AFFAIRS("home-affairs"),
    /** cán bộ báo cáo of one unit: writes that unit's subtree, drafts only */
    REPORTER("reporter"),
    /** phân tích: reads everything, writes nothing */
    ANALYST("analyst");

    private final String groupName;

    Role(String groupName) {
        this.groupName = groupName;
    }

    /** The name used in the user registry's groups, the JWT groups claim and the WAR's role bindings. */
    public String groupName() {
        return groupName;
    }

    public static Optional<Role> ofGroup(String name) {
        return Arrays.stream(values()).filter(r -> r.groupName.equals(name)).findFirst();
    }
}
