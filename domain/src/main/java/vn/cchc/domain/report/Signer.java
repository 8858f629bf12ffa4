package vn.cchc.domain.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import vn.cchc.domain.shared.DomainException;

/** Who signed a report (người ký) and in which position (chức vụ), as printed. */
@Embeddable
public class Signer {

    @Column(name = "SIGNER_NAME", length = 200)
    private String name;

    @Column(name = "SIGNER_POSITION", length = 200)
    private String position;

    protected Signer() {
        // for JPA
    }

    public Signer(String name, String position) {
        this.name = DomainException.requireText(name, "INVALID_REPORT", "signer name");
        this.position = DomainException.requireText(position, "INVALID_REPORT", "signer position");
    }

    public String name() {
        return name;
    }

    public String position() {
        return position;
    }
}
