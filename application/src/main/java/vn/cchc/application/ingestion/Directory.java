package vn.cchc.application.ingestion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.cchc.domain.procedure.ProcedureField;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.shared.Criteria;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.shared.SearchText;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitAttribute;
import vn.cchc.domain.unit.UnitKind;
import vn.cchc.domain.unit.UnitRepository;

/**
 * The directory as a report names it: a unit by the words a report prints ("UBND tỉnh Nghệ An", "Giám đốc Sở Khoa học
 * và Công nghệ", "Chính phủ"), or by the symbol of a document's number ("…/NĐ-CP", "…/QĐ-UBND"), among the units of
 * the report's province and the national bodies; a procedure field by its name's words. Only a single best match is
 * taken: anything else is left to the reviewer.
 */
final class Directory {

    private static final int MAX_UNITS = 10_000;

    private final Unit reportUnit;
    private final Unit province;
    private final UnitRepository units;
    private List<Unit> candidates;
    /**
     * The procedure fields in the order a report's words are matched to them: those of the unit's own procedures, those
     * of its province's, then the fields no other province's procedures use.
     */
    private final List<List<ProcedureField>> fields;

    Directory(UnitRepository units, Unit reportUnit, List<List<ProcedureField>> fields) {
        this.units = units;
        this.reportUnit = reportUnit;
        this.province = provinceOf(reportUnit);
        this.fields = fields;
    }

    /** The units a report may name, read once and only when a name is looked up. */
    private List<Unit> candidates() {
        if (candidates == null) {
            candidates = new ArrayList<>(units.find(Criteria.where(new Condition.WithinSubtree(province.code())),
                    new PageRequest(0, MAX_UNITS)).items());
            units.find(Criteria.where(new Condition.IsNull(UnitAttribute.PARENT, true)), new PageRequest(0, MAX_UNITS)).items()
                    .stream().filter(u -> !u.code().equals(province.code())).forEach(candidates::add);
        }
        return candidates;
    }

    /** The report's province, found from its unit upwards. */
    static Unit provinceOf(Unit unit) {
        Unit top = unit;
        while (top.parent().isPresent() && top.kind() != UnitKind.PROVINCE) {
            top = top.parent().get();
        }
        return top;
    }

    Unit province() {
        return province;
    }

    Unit reportUnit() {
        return reportUnit;
    }

    /** The unit a report's words name: the one whose name or short name is the longest to appear in them, if one. */
    Optional<Unit> unitNamed(String printed) {
        if (printed == null || printed.isBlank()) {
            return Optional.empty();
        }
        String words = " " + expanded(SearchText.fold(printed)) + " ";
        Optional<Unit> byCode = candidates().stream().filter(u -> u.code().equalsIgnoreCase(printed.strip())).findFirst();
        if (byCode.isPresent()) {
            return byCode; // a reviewer's edit may give the code itself
        }
        int best = 0;
        List<Unit> found = new ArrayList<>();
        for (Unit unit : candidates()) {
            for (String name : new String[] {unit.name(), unit.shortName()}) {
                if (name == null) {
                    continue;
                }
                String folded = expanded(SearchText.fold(name));
                if (words.contains(" " + folded + " ") && folded.length() >= best) {
                    if (folded.length() > best) {
                        found.clear();
                    }
                    best = folded.length();
                    if (!found.contains(unit)) {
                        found.add(unit);
                    }
                }
            }
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /**
     * The issuer a number's symbol names: "NĐ-CP" the Government, "-UBND" the province's People's Committee, "-HĐND" its
     * Council, and a symbol that begins with a unit's own abbreviation ("SKHCN-VP") that unit.
     */
    Optional<Unit> unitOfSymbol(String number) {
        String symbol = number.contains("/") ? number.substring(number.lastIndexOf('/') + 1) : "";
        if (symbol.endsWith("-CP")) {
            return candidates().stream().filter(u -> u.kind() == UnitKind.GOVERNMENT_BODY && u.parent().isEmpty()).findFirst();
        }
        if (symbol.endsWith("-UBND")) {
            return child(UnitKind.PEOPLES_COMMITTEE);
        }
        if (symbol.endsWith("-HĐND")) {
            return child(UnitKind.PEOPLES_COUNCIL);
        }
        String head = symbol.contains("-") ? symbol.substring(0, symbol.indexOf('-')) : symbol;
        List<Unit> own = candidates().stream().filter(u -> !head.isEmpty() && u.code().endsWith("-" + head)).toList();
        return own.size() == 1 ? Optional.of(own.get(0)) : Optional.empty();
    }

    private Optional<Unit> child(UnitKind kind) {
        return candidates().stream().filter(u -> u.kind() == kind && u.parent().map(p -> p.code().equals(province.code())).orElse(false))
                .findFirst();
    }

    /**
     * The procedure field whose name has (nearly) every word of the label, four in five at least, or whose code it is:
     * the best of the first group that has one, and none when two are as good.
     */
    Optional<ProcedureField> fieldNamed(String label) {
        Set<String> words = new HashSet<>(Arrays.asList(words(label)));
        for (List<ProcedureField> among : fields) {
            List<ProcedureField> matching = among.stream()
                    .filter(f -> f.code().equalsIgnoreCase(label.strip()) || share(words, f) >= 0.8).toList();
            double best = matching.stream().mapToDouble(f -> score(words, label, f)).max().orElse(0);
            List<ProcedureField> bests = matching.stream().filter(f -> score(words, label, f) == best).toList();
            if (!matching.isEmpty()) {
                return bests.size() == 1 ? Optional.of(bests.get(0)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static double score(Set<String> words, String label, ProcedureField field) {
        return field.code().equalsIgnoreCase(label.strip()) ? 2 : share(words, field);
    }

    private static double share(Set<String> words, ProcedureField field) {
        Set<String> name = new HashSet<>(Arrays.asList(words(field.name())));
        return words.stream().filter(name::contains).count() / (double) Math.max(words.size(), name.size());
    }

    private static String[] words(String text) {
        return SearchText.fold(text).split("[\\s,.;:()]+");
    }

    /** The abbreviations reports print for the bodies' names. */
    private static String expanded(String folded) {
        return (" " + folded.replaceAll("[,.;:()]", " ").replaceAll("\\s+", " ") + " ").replace(" ubnd ", " uy ban nhan dan ").replace(" hdnd ", " hoi dong nhan dan ").strip();
    }
}
