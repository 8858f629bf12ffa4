package vn.cchc.domain.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Optional;
import vn.cchc.domain.shared.DomainException;
import vn.cchc.domain.unit.Unit;

/** A line of "Nơi nhận" as printed, and the unit it names where it names one. */
@Embeddable
public class Recipient {

    @Column(name = "TEXT", nullable = false, length = 300)
    private String text;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "UNIT_ID")
    private Unit unit;

    protected Recipient() {
        // for JPA
    }

    public Recipient(String text, Unit unit) {
        this.text = DomainException.requireText(text, "INVALID_REPORT", "recipient");
        this.unit = unit;
    }

    public String text() {
        return text;
    }

    public Optional<Unit> unit() {
        return Optional.ofNullable(unit);
    }
}
