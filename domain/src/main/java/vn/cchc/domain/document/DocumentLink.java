package vn.cchc.domain.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A directed link between two documents, owned by its source. */
@Entity
@Table(name = "DOCUMENT_LINK", uniqueConstraints = @UniqueConstraint(columnNames = {"SOURCE_ID", "TARGET_ID", "LINK_TYPE"}))
public class DocumentLink {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "SOURCE_ID")
    private Document source;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "TARGET_ID")
    private Document target;

    @Enumerated(EnumType.STRING)
    @Column(name = "LINK_TYPE", nullable = false, length = 16)
    private LinkType type;

    protected DocumentLink() {
        // for JPA
    }

    DocumentLink(Document source, LinkType type, Document target) {
        this.source = source;
        this.type = type;
        this.target = target;
    }

    public Document source() {
        return source;
    }

    public LinkType type() {
        return type;
    }

    public Document target() {
        return target;
    }
}
