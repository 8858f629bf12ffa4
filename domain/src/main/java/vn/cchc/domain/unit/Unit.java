package vn.cchc.domain.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.shared.DomainException;
import vn.cchc.domain.shared.SearchText;

/**
 * An organisation that issues documents, handles procedures or reports: a province, a People's Committee, a
 * department (Sở) and the units inside it. Units form a tree, and have validity dates because they are merged
 * and renamed; a closed unit names the units that succeeded it.
 */
@Entity
@Table(name = "UNIT")
public class Unit {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,63}");

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 64)
    private String code;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(name = "SHORT_NAME", length = 100)
    private String shortName;

    /** {@link SearchText#fold} of the code and names: what the filters' {@code search} matches. */
    @Column(name = "SEARCH_TEXT", length = 2000)
    private String searchText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private UnitKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "PARENT_ID")
    private Unit parent;

    @OneToMany(mappedBy = "parent")
    private List<Unit> children = new ArrayList<>();

    /**
     * The codes from the root down to this unit, "/NA/NA-UBND/NA-SKHCN/": lets one indexed LIKE find a whole
     * subtree, which JPQL cannot walk recursively.
     */
    @Column(name = "TREE_PATH", nullable = false, length = 1000)
    private String path;

    @Column(name = "VALID_FROM")
    private LocalDate validFrom;

    @Column(name = "VALID_TO")
    private LocalDate validTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "AUTONOMY_REGIME", length = 48)
    private AutonomyRegime autonomyRegime;

    @ManyToMany
    @JoinTable(name = "UNIT_SUCCESSION",
            joinColumns = @JoinColumn(name = "SUCCESSOR_ID"),
            inverseJoinColumns = @JoinColumn(name = "PREDECESSOR_ID"))
    private Set<Unit> predecessors = new LinkedHashSet<>();

    @ManyToMany(mappedBy = "predecessors")
    private Set<Unit> successors = new LinkedHashSet<>();

    /** True for generated demo data (dữ liệu mô phỏng), so that it is never taken for real data. */
    @Column(name = "GENERATED", nullable = false)
    private boolean generated;

    protected Unit() {
        // for JPA
    }

    /**
     * @param validFrom the day the unit came into being; null when the sources do not say
     */
    public Unit(String code, String name, String shortName, UnitKind kind, Unit parent, LocalDate validFrom) {
        String trimmedCode = DomainException.requireText(code, "INVALID_UNIT", "unit code");
        DomainException.require(CODE.matcher(trimmedCode).matches(), "INVALID_UNIT",
                "unit code must be upper-case letters, digits, '-' or '_', got '" + code + "'");
        DomainException.require(kind != null, "INVALID_UNIT", "unit kind is required");
        this.code = trimmedCode;
        this.kind = kind;
        this.validFrom = validFrom;
        rename(name, shortName);
        moveTo(parent);
    }

    public void rename(String newName, String newShortName) {
        this.name = DomainException.requireText(newName, "INVALID_UNIT", "unit name");
        this.shortName = newShortName == null || newShortName.isBlank() ? null : newShortName.strip();
        this.searchText = SearchText.fold(code, name, shortName);
    }

    /** Places the unit under another; a unit can never become its own ancestor. */
    public void moveTo(Unit newParent) {
        for (Unit u = newParent; u != null; u = u.parent) {
            DomainException.require(u != this, "INVALID_UNIT",
                    "unit " + code + " cannot be placed under itself or its own descendant");
        }
        if (parent != null) {
            parent.children.remove(this);
        }
        this.parent = newParent;
        if (newParent != null) {
            newParent.children.add(this);
        }
        updatePath();
    }

    /** Keeps the paths of the whole subtree in step with the tree. */
    private void updatePath() {
        path = (parent == null ? "/" : parent.path) + code + "/";
        children.forEach(Unit::updatePath);
    }

    /** Only public service units (đơn vị sự nghiệp công lập) have a financial-autonomy regime. */
    public void assignAutonomyRegime(AutonomyRegime regime) {
        DomainException.require(kind == UnitKind.PUBLIC_SERVICE_UNIT, "INVALID_UNIT",
                "only a public service unit has a financial-autonomy regime; " + code + " is a " + kind);
        this.autonomyRegime = regime;
    }

    /** Closes the unit on a day (the last day it exists), naming the units that take over from it. */
    public void close(LocalDate lastDay, Unit... successorUnits) {
        DomainException.require(lastDay != null, "INVALID_UNIT", "the closing day is required");
        DomainException.require(validTo == null, "INVALID_UNIT", "unit " + code + " is already closed");
        DomainException.require(validFrom == null || !lastDay.isBefore(validFrom), "INVALID_UNIT",
                "unit " + code + " cannot close before it opened on " + validFrom);
        for (Unit successor : successorUnits) {
            DomainException.require(successor != null && successor != this, "INVALID_UNIT",
                    "a successor of " + code + " must be another unit");
        }
        this.validTo = lastDay;
        for (Unit successor : successorUnits) {
            successor.predecessors.add(this);
            successors.add(successor);
        }
    }

    /** Marks the unit as generated demo data. */
    public void markGenerated() {
        this.generated = true;
    }

    public boolean isOpenOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    /** {@link #isOpenOn} as a condition on the units of a list, stated beside it so that the two say the same. */
    public static Condition openOn(LocalDate day) {
        return Condition.and(
                Condition.or(List.of(new Condition.IsNull(UnitAttribute.VALID_FROM, true),
                        new Condition.Compare(UnitAttribute.VALID_FROM, Condition.Operator.LTE, day))),
                Condition.or(List.of(new Condition.IsNull(UnitAttribute.VALID_TO, true),
                        new Condition.Compare(UnitAttribute.VALID_TO, Condition.Operator.GTE, day))));
    }

    /** True when the unit existed on at least one day from {@code first} to {@code last}. */
    public boolean isOpenDuring(LocalDate first, LocalDate last) {
        return (validFrom == null || !validFrom.isAfter(last)) && (validTo == null || !validTo.isBefore(first));
    }

    /** True when this unit is {@code ancestor} or lies below it in the tree. */
    public boolean isWithin(Unit ancestor) {
        for (Unit u = this; u != null; u = u.parent) {
            if (u == ancestor || (u.id != null && u.id.equals(ancestor.id))) {
                return true;
            }
        }
        return false;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String shortName() {
        return shortName;
    }

    public UnitKind kind() {
        return kind;
    }

    public Optional<Unit> parent() {
        return Optional.ofNullable(parent);
    }

    /** See {@link #path}. */
    public String path() {
        return path;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public Optional<AutonomyRegime> autonomyRegime() {
        return Optional.ofNullable(autonomyRegime);
    }

    public Set<Unit> predecessors() {
        return Collections.unmodifiableSet(predecessors);
    }

    public Set<Unit> successors() {
        return Collections.unmodifiableSet(successors);
    }

    public boolean isGenerated() {
        return generated;
    }

    @Override
    public String toString() {
        return code;
    }
}
