package vn.cchc.domain.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.domain.area.ReformArea;
import vn.cchc.domain.shared.DomainException;
import vn.cchc.domain.unit.Unit;

/**
 * What a plan assigns in one task (giao nhiệm vụ), as a plan's table lists it: what to do, word for word (nội dung),
 * in which reform area (lĩnh vực), which unit leads (đơn vị chủ trì) and which coordinate (đơn vị phối hợp), by when
 * (thời hạn) and what it delivers (sản phẩm). The rules that need the plan, its issue date, are the plan's.
 *
 * @param area           null when the task is not about one area
 * @param leadUnit       null when the plan names none
 * @param deadline       null for standing work ("thường xuyên")
 * @param expectedOutput null when the plan names none
 */
public record TaskAssignment(String description, ReformArea area, Unit leadUnit, List<Unit> coordinatingUnits,
                             LocalDate deadline, String expectedOutput) {

    public TaskAssignment {
        description = requireDescription(description);
        List<Unit> coordinators = new ArrayList<>();
        for (Unit unit : coordinatingUnits == null ? List.<Unit>of() : coordinatingUnits) {
            requireCoordinator(leadUnit, coordinators, unit);
            coordinators.add(unit);
        }
        coordinatingUnits = List.copyOf(coordinators);
        expectedOutput = expectedOutput == null || expectedOutput.isBlank() ? null : expectedOutput.strip();
    }

    /** The task's text, stripped; it must say something. */
    public static String requireDescription(String text) {
        return DomainException.requireText(text, "INVALID_TASK", "description");
    }

    /** Fails unless {@code unit} can coordinate next to the lead unit and the coordinators before it: named once, never the lead. */
    public static void requireCoordinator(Unit lead, List<Unit> before, Unit unit) {
        DomainException.require(unit != null, "INVALID_TASK", "a coordinating unit is required");
        DomainException.require(unit != lead, "INVALID_TASK", unit.code() + " leads the task and does not also coordinate it",
                "task.leadCoordinates", unit.code());
        DomainException.require(!before.contains(unit), "INVALID_TASK", unit.code() + " is named twice as a coordinating unit",
                "task.duplicateCoordinator", unit.code());
    }
}
