package vn.cchc.sampledata.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.domain.dossier.DossierKind;
import vn.cchc.domain.unit.AutonomyRegime;

/**
 * What the demo province is made of, read once from the tables beside this class: its departments
 * ({@code departments.csv}) with their public service units ({@code service-units.csv}), their procedure fields and
 * procedures ({@code procedures.csv}, one line a procedure, in the order the departments number them), and its
 * districts ({@code districts.csv}). Names of bodies, fields and procedures follow real provincial catalogues; every
 * place and person is fictional ("Minh Họa", "Nguyễn Văn A").
 */
final class Catalogue {

    static final String PROVINCE_NAME = "Tỉnh Minh Họa (dữ liệu mô phỏng)";
    static final String COMMITTEE_NAME = "Ủy ban nhân dân tỉnh Minh Họa (dữ liệu mô phỏng)";
    static final String PLACE = "Minh Họa";
    private static final String FIELD_PREFIX = "MH-";

    record Department(String symbol, String name, String shortName, String officeName, String headTitle,
                      String signer, double dossierShare, double lateRate, List<ServiceUnit> serviceUnits,
                      List<Field> fields) {
    }

    record ServiceUnit(String name, AutonomyRegime regime) {
    }

    record Field(String code, String name, List<Procedure> procedures) {
    }

    record Procedure(String name, DossierKind kind, int processingDays) {
    }

    /** A district-level People's Committee and how many communes (xã, phường, thị trấn) it has. */
    record District(String code, String name, String shortName, String communeType, String communeStem, int communes) {
    }

    static final List<District> DISTRICTS = Csv.read("districts.csv").stream()
            .map(r -> new District(r.get("code"), r.get("name"), r.get("short_name"), r.get("commune_type"), r.get("commune_stem"),
                    r.getInt("communes")))
            .toList();

    /** Sở Nội vụ first: it receives every department's report. */
    static final List<Department> DEPARTMENTS = departments();

    private Catalogue() {
    }

    private static List<Department> departments() {
        List<Csv.Row> rows = Csv.read("departments.csv");
        Map<String, List<ServiceUnit>> serviceUnits = new LinkedHashMap<>();
        Map<String, Map<String, FieldLines>> fields = new LinkedHashMap<>();
        rows.forEach(r -> {
            serviceUnits.put(r.get("symbol"), new ArrayList<>());
            fields.put(r.get("symbol"), new LinkedHashMap<>());
        });
        for (Csv.Row r : Csv.read("service-units.csv")) {
            of(serviceUnits, r).add(new ServiceUnit(r.get("name"), AutonomyRegime.valueOf(r.get("autonomy_regime"))));
        }
        for (Csv.Row r : Csv.read("procedures.csv")) {
            FieldLines field = of(fields, r).computeIfAbsent(r.get("field"), code -> new FieldLines(r.get("field_name")));
            if (!field.name().equals(r.get("field_name"))) {
                throw new IllegalArgumentException(r.where() + ": field " + r.get("field") + " has another name above");
            }
            field.procedures().add(new Procedure(r.get("name"), DossierKind.valueOf(r.get("kind")), r.getInt("processing_days")));
        }
        return rows.stream().map(r -> new Department(r.get("symbol"), r.get("name"), r.get("short_name"), r.get("office_name"),
                r.get("head_title"), r.get("signer"), r.getDouble("dossier_share"), r.getDouble("late_rate"),
                List.copyOf(serviceUnits.get(r.get("symbol"))),
                fields.get(r.get("symbol")).entrySet().stream().map(f -> new Field(FIELD_PREFIX + f.getKey(), f.getValue().name(),
                        List.copyOf(f.getValue().procedures()))).toList())).toList();
    }

    /** A field's procedures as its lines are read. */
    private record FieldLines(String name, List<Procedure> procedures) {

        FieldLines(String name) {
            this(name, new ArrayList<>());
        }
    }

    private static <T> T of(Map<String, T> byDepartment, Csv.Row row) {
        T found = byDepartment.get(row.get("department"));
        if (found == null) {
            throw new IllegalArgumentException(row.where() + ": no department " + row.get("department") + " in departments.csv");
        }
        return found;
    }
}
