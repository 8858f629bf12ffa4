package vn.cchc.application.unit;

import java.time.LocalDate;
import vn.cchc.domain.unit.UnitKind;

/** What a client asks of the unit tree, as plain values named like the GraphQL inputs' fields. */
public final class UnitCommands {

    private UnitCommands() {
    }

    /**
     * A new unit (createUnit).
     *
     * @param parentCode null for a unit at the top of the tree
     * @param validFrom  the day it came into being; null when unknown
     */
    public record NewUnit(String code, String name, String shortName, UnitKind kind, String parentCode, LocalDate validFrom) {
    }

    /** A new name (renameUnit). */
    public record Renaming(String code, long version, String name, String shortName) {
    }

    /** A new place in the tree (moveUnit); a null parent puts the unit at the top. */
    public record Move(String code, long version, String parentCode) {
    }

    /**
     * A unit closed and succeeded by another (closeUnit), as in the 2025 mergers.
     *
     * @param closedOn the first day the unit no longer exists, the day its successor takes over
     */
    public record Closing(String code, long version, LocalDate closedOn, String successorCode, String reason) {
    }
}
