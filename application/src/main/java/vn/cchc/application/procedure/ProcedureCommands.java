package vn.cchc.application.procedure;

import java.time.LocalDate;
import vn.cchc.domain.procedure.OnlineService;

/** What a client asks of a procedure, as plain values named like the GraphQL inputs' fields. */
public final class ProcedureCommands {

    private ProcedureCommands() {
    }

    /**
     * What a procedure is (createProcedure, and updateProcedure with its code and version).
     *
     * @param onlineLevel the level it is offered at from a day on, for a new procedure; null when not known
     */
    public record Description(String nationalCode, String name, String fieldCode, String competentUnitCode,
                              boolean publicised, Level onlineLevel) {
    }

    /**
     * An online service level from a day on: the legacy level 1-4, or the service of Nghị định 42/2022, or both when
     * they agree.
     */
    public record Level(LocalDate effectiveFrom, Integer legacyLevel, OnlineService service) {
    }
}
