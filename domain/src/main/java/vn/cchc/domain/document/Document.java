package vn.cchc.domain.document;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import vn.cchc.domain.shared.DomainException;
import vn.cchc.domain.shared.SearchText;
import vn.cchc.domain.unit.Unit;

/**
 * A document (văn bản): a decision, plan, decree, directive ... with its number, issuer and, where a
 * department drafted it for another body to issue (tham mưu ban hành), its drafter. The issue date is
 * unknown for many documents a report cites, and then it stays null: a date is never guessed.
 */
@Entity
@Table(name = "DOCUMENT", uniqueConstraints = @UniqueConstraint(columnNames = {"NUMBER_PRINTED", "ISSUER_ID"}))
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "DOCUMENT_TYPE", length = 16)
@DiscriminatorValue("DOCUMENT")
public class Document {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    private Long id;

    @Version
    private long version;

    @Embedded
    private DocumentNumber number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private DocumentKind kind;

    @Column(name = "ISSUED_ON")
    private LocalDate issuedOn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ISSUER_ID")
    private Unit issuer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "DRAFTER_ID")
    private Unit drafter;

    @Column(length = 1000)
    private String subject;

    /** {@link SearchText#fold} of the number and subject: what the filters' {@code search} matches. */
    @Column(name = "SEARCH_TEXT", length = 2000)
    private String searchText;

    @OneToMany(mappedBy = "source", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<DocumentLink> links = new ArrayList<>();

    protected Document() {
        // for JPA
    }

    /**
     * @param issuedOn null when the source gives no date
     * @param subject  the trích yếu as printed; null when the source gives none
     */
    public Document(DocumentNumber number, DocumentKind kind, LocalDate issuedOn, Unit issuer, String subject) {
        record(number, kind, issuedOn, issuer, subject);
    }

    /**
     * Corrects what was recorded of the document: its number, kind, date, issuer, drafter (null: none) and subject. A
     * plan stays a plan and another document never becomes one: the kinds are stored as different entities.
     */
    public void correct(DocumentNumber newNumber, DocumentKind newKind, LocalDate newIssuedOn, Unit newIssuer, Unit newDrafter,
                        String newSubject) {
        DomainException.require(newKind == null || (newKind == DocumentKind.PLAN) == (kind == DocumentKind.PLAN), "INVALID_DOCUMENT",
                "document " + number + " is " + (kind == DocumentKind.PLAN ? "a plan and stays one" : "no plan and cannot become one"),
                "document.planKind", number);
        DomainException.require(newDrafter == null || newDrafter != newIssuer, "INVALID_DOCUMENT",
                "the drafter of " + newNumber + " is another body than its issuer", "document.drafterIsIssuer", newNumber);
        record(newNumber, newKind, newIssuedOn, newIssuer, newSubject);
        this.drafter = newDrafter;
    }

    private void record(DocumentNumber number, DocumentKind kind, LocalDate issuedOn, Unit issuer, String subject) {
        DomainException.require(number != null, "INVALID_DOCUMENT", "a document number is required");
        DomainException.require(kind != null, "INVALID_DOCUMENT", "a document kind is required");
        DomainException.require(issuer != null, "INVALID_DOCUMENT", "document " + number + " needs an issuer");
        DomainException.require(issuedOn == null || number.year().map(y -> y == issuedOn.getYear()).orElse(true),
                "INVALID_DOCUMENT", "document " + number + " cannot be dated " + issuedOn + ": its number names another year",
                "document.yearMismatch", number, issuedOn);
        this.number = number;
        this.kind = kind;
        this.issuedOn = issuedOn;
        this.issuer = issuer;
        this.subject = subject == null || subject.isBlank() ? null : subject.strip();
        this.searchText = SearchText.fold(number.printed(), this.subject);
    }

    /** Records that a unit drafted this document for its issuer (tham mưu ban hành); null: nobody recorded. */
    public void draftedBy(Unit unit) {
        DomainException.require(unit != issuer, "INVALID_DOCUMENT",
                "the drafter of " + number + " is another body than its issuer", "document.drafterIsIssuer", number);
        this.drafter = unit;
    }

    /** Links this document to another: "this AMENDS target". */
    public DocumentLink link(LinkType type, Document target) {
        DomainException.require(type != null && target != null, "INVALID_DOCUMENT", "a link needs a type and a target");
        DomainException.require(target != this, "INVALID_DOCUMENT", "document " + number + " cannot link to itself",
                "document.selfLink", number);
        DomainException.require(links.stream().noneMatch(l -> l.type() == type && l.target() == target),
                "INVALID_DOCUMENT", number + " already " + type + " " + target.number, "document.duplicateLink", number, type,
                target.number);
        DocumentLink link = new DocumentLink(this, type, target);
        links.add(link);
        return link;
    }

    /**
     * Makes the links of this document exactly these, in this order: links already there stay as they are (the
     * database never sees a link removed and added again), the others are removed or added.
     */
    public void relinkTo(List<LinkType> types, List<Document> targets) {
        DomainException.require(types.size() == targets.size(), "INVALID_DOCUMENT", "each link needs a type and a target");
        List<DocumentLink> kept = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            LinkType type = types.get(i);
            Document target = targets.get(i);
            links.stream().filter(l -> l.type() == type && l.target() == target).findFirst().ifPresent(kept::add);
        }
        links.retainAll(kept);
        for (int i = 0; i < types.size(); i++) {
            LinkType type = types.get(i);
            Document target = targets.get(i);
            if (links.stream().noneMatch(l -> l.type() == type && l.target() == target)) {
                link(type, target);
            }
        }
    }

    /** The year the document belongs to: the one in its number, else the year it was issued. */
    public Optional<Integer> year() {
        return number.year().or(() -> Optional.ofNullable(issuedOn).map(LocalDate::getYear));
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public DocumentNumber number() {
        return number;
    }

    public DocumentKind kind() {
        return kind;
    }

    public Optional<LocalDate> issuedOn() {
        return Optional.ofNullable(issuedOn);
    }

    public Unit issuer() {
        return issuer;
    }

    public Optional<Unit> drafter() {
        return Optional.ofNullable(drafter);
    }

    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }

    public List<DocumentLink> links() {
        return Collections.unmodifiableList(links);
    }

    @Override
    public String toString() {
        return kind + " " + number;
    }
}
