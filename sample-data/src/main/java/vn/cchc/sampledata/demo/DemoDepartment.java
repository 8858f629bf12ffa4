package vn.cchc.sampledata.demo;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.domain.procedure.AdministrativeProcedure;
import vn.cchc.domain.unit.Unit;

/** One generated department: its catalogue entry, its units and its procedures, in catalogue order. */
final class DemoDepartment {

    private final Catalogue.Department spec;
    private final Unit unit;
    private final Unit office;
    private final Unit oneStopShop;
    private final List<Unit> serviceUnits;
    private final List<AdministrativeProcedure> procedures = new ArrayList<>();
    private final List<Catalogue.Procedure> procedureSpecs = new ArrayList<>();

    DemoDepartment(Catalogue.Department spec, Unit unit, Unit office, Unit oneStopShop, List<Unit> serviceUnits) {
        this.spec = spec;
        this.unit = unit;
        this.office = office;
        this.oneStopShop = oneStopShop;
        this.serviceUnits = List.copyOf(serviceUnits);
    }

    void add(AdministrativeProcedure procedure, Catalogue.Procedure procedureSpec) {
        procedures.add(procedure);
        procedureSpecs.add(procedureSpec);
    }

    Catalogue.Department spec() {
        return spec;
    }

    Unit unit() {
        return unit;
    }

    Unit office() {
        return office;
    }

    Unit oneStopShop() {
        return oneStopShop;
    }

    /** Its public service units, in catalogue order. */
    List<Unit> serviceUnits() {
        return serviceUnits;
    }

    List<AdministrativeProcedure> procedures() {
        return procedures;
    }

    /** The catalogue entry of the procedure at the same index. */
    Catalogue.Procedure procedureSpec(int index) {
        return procedureSpecs.get(index);
    }
}
