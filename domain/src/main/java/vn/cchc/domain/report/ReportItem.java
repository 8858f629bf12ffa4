package vn.cchc.domain.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.cchc.domain.document.Document;
import vn.cchc.domain.indicator.Observation;
import vn.cchc.domain.shared.DomainException;

/**
 * One paragraph or bullet of a report section, word for word, linked to the documents it cites and the
 * observations it states.
 */
@Entity
@Table(name = "REPORT_ITEM")
public class ReportItem {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "SECTION_ID")
    private ReportSection section;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 4000)
    private String text;

    /** True for a "- " bullet, false for a running paragraph. */
    @Column(nullable = false)
    private boolean bullet;

    @ManyToMany
    @JoinTable(name = "REPORT_ITEM_DOCUMENT",
            joinColumns = @JoinColumn(name = "ITEM_ID"), inverseJoinColumns = @JoinColumn(name = "DOCUMENT_ID"))
    @OrderColumn(name = "POSITION")
    private List<Document> documents = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "REPORT_ITEM_OBSERVATION",
            joinColumns = @JoinColumn(name = "ITEM_ID"), inverseJoinColumns = @JoinColumn(name = "OBSERVATION_ID"))
    @OrderColumn(name = "POSITION")
    private List<Observation> observations = new ArrayList<>();

    protected ReportItem() {
        // for JPA
    }

    ReportItem(ReportSection section, int position, String text, boolean bullet) {
        this.section = section;
        this.position = position;
        this.text = DomainException.requireText(text, "INVALID_REPORT", "item text");
        this.bullet = bullet;
    }

    /** Links the documents this item cites. */
    public ReportItem cites(Document... cited) {
        section.report().requireEditable();
        for (Document d : cited) {
            if (!documents.contains(d)) {
                documents.add(d);
            }
        }
        return this;
    }

    /** Links the observations this item states; they must belong to the same report. */
    public ReportItem states(Observation... stated) {
        section.report().requireEditable();
        for (Observation o : stated) {
            DomainException.require(o.report().filter(r -> r == section.report()).isPresent(), "INVALID_REPORT",
                    "an item can only state observations of its own report");
            if (!observations.contains(o)) {
                observations.add(o);
            }
        }
        return this;
    }

    /** Drops the links to stated observations, before they or the item are removed. */
    void forgetObservations() {
        observations.clear();
    }

    public Long id() {
        return id;
    }

    public ReportSection section() {
        return section;
    }

    public int position() {
        return position;
    }

    public String text() {
        return text;
    }

    public boolean isBullet() {
        return bullet;
    }

    public List<Document> documents() {
        return Collections.unmodifiableList(documents);
    }

    public List<Observation> observations() {
        return Collections.unmodifiableList(observations);
    }
}
