package vn.cchc.domain.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import vn.cchc.domain.shared.DomainException;

/**
 * One coordinate of a breakdown: a dimension (FIELD, DOSSIER_KIND, ...) and the member of it that the value
 * counts, with the member's label as the source prints it.
 */
@Embeddable
public class BreakdownMember {

    @Column(name = "DIMENSION", nullable = false, length = 32)
    private String dimension;

    @Column(name = "MEMBER", nullable = false, length = 64)
    private String member;

    @Column(name = "LABEL", length = 300)
    private String label;

    protected BreakdownMember() {
        // for JPA
    }

    public BreakdownMember(String dimension, String member, String label) {
        this.dimension = DomainException.requireText(dimension, "INVALID_BREAKDOWN", "breakdown dimension");
        this.member = DomainException.requireText(member, "INVALID_BREAKDOWN", "breakdown member");
        this.label = label;
    }

    public String dimension() {
        return dimension;
    }

    public String member() {
        return member;
    }

    public String label() {
        return label;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BreakdownMember b && b.dimension.equals(dimension) && b.member.equals(member);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dimension, member);
    }

    @Override
    public String toString() {
        return dimension + "=" + member;
    }
}
