package vn.cchc.domain.report;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import vn.cchc.domain.area.ReformArea;
import vn.cchc.domain.document.Document;
import vn.cchc.domain.shared.DomainException;

/**
 * A numbered part of a report ("I", "2", "5.1") with its heading as printed, its reform area where it is
 * about one, its items and its sub-sections.
 */
@Entity
@Table(name = "REPORT_SECTION")
public class ReportSection {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "REPORT_ID")
    private Report report;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "PARENT_ID")
    private ReportSection parent;

    /** Document order across the whole report. */
    @Column(nullable = false)
    private int position;

    @Column(name = "SECTION_NUMBER", nullable = false, length = 16)
    private String number;

    @Column(nullable = false, length = 500)
    private String heading;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private ReformArea area;

    /** Documents the heading itself cites ("... theo Nghị định số 130/2005/NĐ-CP ngày 17/10/2005"). */
    @ManyToMany
    @JoinTable(name = "REPORT_SECTION_DOCUMENT",
            joinColumns = @JoinColumn(name = "SECTION_ID"), inverseJoinColumns = @JoinColumn(name = "DOCUMENT_ID"))
    @OrderColumn(name = "POSITION")
    private List<Document> documents = new ArrayList<>();

    @OneToMany(mappedBy = "parent")
    @OrderBy("position")
    private List<ReportSection> subsections = new ArrayList<>();

    @OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ReportItem> items = new ArrayList<>();

    protected ReportSection() {
        // for JPA
    }

    ReportSection(Report report, ReportSection parent, int position, String number, String heading, ReformArea area) {
        this.report = report;
        this.parent = parent;
        this.position = position;
        this.number = DomainException.requireText(number, "INVALID_REPORT", "section number");
        this.heading = DomainException.requireText(heading, "INVALID_REPORT", "section heading");
        this.area = area;
    }

    /** A section's number is not the number of another section at the same level. */
    public static void requireNewNumber(Collection<String> siblings, String number) {
        DomainException.require(!siblings.contains(number), "DUPLICATE_SECTION", "section " + number + " appears twice at the same level",
                "section.duplicate", number);
    }

    /** How deep sections nest, as reports number them: I, then 1, then 1.1. */
    public static final int MAX_DEPTH = 3;

    /** An outline nests no deeper than {@link #MAX_DEPTH}. */
    public static void requireDepth(int depth) {
        DomainException.require(depth <= MAX_DEPTH, "INVALID_REPORT", "sections nest " + MAX_DEPTH + " levels deep at most (I, 1, 1.1)",
                "section.depth", MAX_DEPTH);
    }

    /** Adds a numbered sub-section; its area is its own or, when null, this section's. */
    public ReportSection addSubsection(String subNumber, String subHeading, ReformArea subArea) {
        ReportSection sub = report.newSection(this, subNumber, subHeading, subArea != null ? subArea : area);
        subsections.add(sub);
        return sub;
    }

    /** Links the documents the heading cites. */
    public ReportSection cites(Document... cited) {
        report.requireEditable();
        for (Document d : cited) {
            if (!documents.contains(d)) {
                documents.add(d);
            }
        }
        return this;
    }

    /** Adds a paragraph. */
    public ReportItem addParagraph(String text) {
        return addItem(text, false);
    }

    /** Adds a "- " bullet. */
    public ReportItem addBullet(String text) {
        return addItem(text, true);
    }

    private ReportItem addItem(String text, boolean bullet) {
        report.requireEditable();
        ReportItem item = new ReportItem(this, items.size() + 1, text, bullet);
        items.add(item);
        return item;
    }

    /** Copies this section, its citations, items and sub-sections into another report's outline. */
    void copyInto(Report target, ReportSection targetParent) {
        ReportSection copy = target.newSection(targetParent, number, heading, area);
        if (targetParent != null) {
            targetParent.subsections.add(copy);
        }
        copy.documents.addAll(documents);
        items.forEach(i -> copy.addItem(i.text(), i.isBullet()).cites(i.documents().toArray(Document[]::new)));
        subsections.forEach(s -> s.copyInto(target, copy));
    }

    /** Unlinks the section from its parent before the outline is cleared, so that no row is left pointing at it. */
    void detach() {
        parent = null;
        subsections.clear();
        items.forEach(ReportItem::forgetObservations);
    }

    public Long id() {
        return id;
    }

    public Report report() {
        return report;
    }

    public Optional<ReportSection> parent() {
        return Optional.ofNullable(parent);
    }

    public int position() {
        return position;
    }

    public String number() {
        return number;
    }

    public String heading() {
        return heading;
    }

    public Optional<ReformArea> area() {
        return Optional.ofNullable(area);
    }

    public List<ReportSection> subsections() {
        return Collections.unmodifiableList(subsections);
    }

    public List<Document> documents() {
        return Collections.unmodifiableList(documents);
    }

    public List<ReportItem> items() {
        return Collections.unmodifiableList(items);
    }
}
