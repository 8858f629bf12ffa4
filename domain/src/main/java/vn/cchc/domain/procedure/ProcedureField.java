package vn.cchc.domain.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.cchc.domain.shared.DomainException;

/** The field (lĩnh vực) a procedure belongs to, e.g. "tiêu chuẩn đo lường chất lượng". */
@Entity
@Table(name = "PROCEDURE_FIELD")
public class ProcedureField {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 64)
    private String code;

    @Column(nullable = false, length = 300)
    private String name;

    protected ProcedureField() {
        // for JPA
    }

    public ProcedureField(String code, String name) {
        this.code = DomainException.requireText(code, "INVALID_PROCEDURE", "procedure field code");
        this.name = DomainException.requireText(name, "INVALID_PROCEDURE", "procedure field name");
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return code;
    }
}
