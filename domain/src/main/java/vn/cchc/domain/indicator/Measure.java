package vn.cchc.domain.indicator;

/** What kind of number an indicator is. */
public enum Measure {
    /** số lượng: a whole count */
    COUNT,
    /** tỷ lệ x/y: a numerator over a denominator, both kept */
    RATIO,
    /** tỷ lệ phần trăm: a percentage reported without its counts */
    PERCENT
}
