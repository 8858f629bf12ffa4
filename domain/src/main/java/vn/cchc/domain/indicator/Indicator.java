package vn.cchc.domain.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.cchc.domain.area.ReformArea;
import vn.cchc.domain.shared.DomainException;

/**
 * An indicator (chỉ tiêu): a measurable quantity of a reform area. Its code is stable because dashboards
 * ask for it by name.
 */
@Entity
@Table(name = "INDICATOR_DEFINITION") // INDICATOR is a reserved word in Derby
public class Indicator {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 64)
    private String code;

    @Column(name = "NAME_VI", nullable = false, length = 300)
    private String nameVi;

    @Column(name = "NAME_EN", nullable = false, length = 300)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Measure measure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private ReformArea area;

    /** đơn vị tính, e.g. "thủ tục", "hồ sơ", "%" */
    @Column(name = "UNIT_OF_MEASURE", length = 40)
    private String unitOfMeasure;

    /** Null for volumes, where neither direction is better (dossiers received). */
    @Column(name = "HIGHER_IS_BETTER")
    private Boolean higherIsBetter;

    protected Indicator() {
        // for JPA
    }

    public Indicator(String code, String nameVi, String nameEn, Measure measure, ReformArea area,
                     String unitOfMeasure, Boolean higherIsBetter) {
        String trimmed = DomainException.requireText(code, "INVALID_INDICATOR", "indicator code");
        DomainException.require(CODE.matcher(trimmed).matches(), "INVALID_INDICATOR",
                "an indicator code is upper-case letters, digits and '_', got '" + code + "'");
        DomainException.require(measure != null && area != null, "INVALID_INDICATOR",
                "indicator " + code + " needs a measure and a reform area");
        this.code = trimmed;
        this.nameVi = DomainException.requireText(nameVi, "INVALID_INDICATOR", "Vietnamese name");
        this.nameEn = DomainException.requireText(nameEn, "INVALID_INDICATOR", "English name");
        this.measure = measure;
        this.area = area;
        this.unitOfMeasure = unitOfMeasure;
        this.higherIsBetter = higherIsBetter;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String nameVi() {
        return nameVi;
    }

    public String nameEn() {
        return nameEn;
    }

    /**
     * A figure of this indicator in its measure (giá trị theo đơn vị đo): a ratio from its two numbers, a count from a
     * whole number, a percentage from a value. What the measure needs and is not given breaks a rule.
     */
    public ObservedValue valueOf(Double value, Long numerator, Long denominator) {
        return switch (measure) {
            case RATIO -> {
                DomainException.require(numerator != null && denominator != null, "REQUIRED",
                        code + " is a ratio: give numerator and denominator", "observation.ratioRequired", code);
                yield ObservedValue.ratio(Ratio.of(numerator, denominator));
            }
            case COUNT -> {
                DomainException.require(value != null && value == Math.rint(value), "REQUIRED",
                        code + " is a count: give a whole number as value", "observation.countRequired", code);
                yield ObservedValue.count(value.longValue());
            }
            case PERCENT -> {
                DomainException.require(value != null, "REQUIRED", code + " is a percentage: give it as value",
                        "observation.percentRequired", code);
                yield ObservedValue.percent(value);
            }
        };
    }

    public Measure measure() {
        return measure;
    }

    public ReformArea area() {
        return area;
    }

    public String unitOfMeasure() {
        return unitOfMeasure;
    }

    public Optional<Boolean> higherIsBetter() {
        return Optional.ofNullable(higherIsBetter);
    }

    @Override
    public String toString() {
        return code;
    }
}
