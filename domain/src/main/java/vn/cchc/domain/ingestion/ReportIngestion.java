package vn.cchc.domain.ingestion;

import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.cchc.domain.report.Report;
import vn.cchc.domain.shared.DomainException;
import vn.cchc.domain.unit.Unit;

/**
 * A report file taken in (tiếp nhận báo cáo từ tệp): the original file as uploaded, its text, and the facts proposed
 * from it, each decided by a reviewer (accepted, edited or rejected) until a draft report is made of the accepted
 * ones. The facts keep their spans, so the draft's figures and documents can always be traced to their sentence.
 */
@Entity
@Table(name = "REPORT_INGESTION")
public class ReportIngestion {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    private Long id;

    @Version
    private long version;

    /** The unit whose report it is: chosen by the uploader, checked against the caller's rights. */
    @ManyToOne(optional = false)
    @JoinColumn(name = "UNIT_ID")
    private Unit unit;

    @Column(name = "CREATED_BY", nullable = false, length = 100)
    private String createdBy;

    /** In UTC. */
    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "FILE_NAME", nullable = false, length = 255)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private SourceFormat format;

    @Column(length = 40)
    private String charset;

    @Column(name = "FILE_SIZE", nullable = false)
    private int fileSize;

    /** The file as uploaded, byte for byte; read only when downloaded. */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "CONTENT", nullable = false)
    private byte[] content;

    @ElementCollection
    @CollectionTable(name = "INGESTION_PARAGRAPH", joinColumns = @JoinColumn(name = "INGESTION_ID"))
    @OrderColumn(name = "POSITION")
    @Column(name = "TEXT", length = ProposedFact.MAX_VALUE, nullable = false)
    private List<String> paragraphs = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "INGESTION_ID")
    @OrderBy("ordinal")
    private List<ProposedFact> facts = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private IngestionState state = IngestionState.PROPOSED;

    /** The draft made of it, once made. */
    @ManyToOne
    @JoinColumn(name = "REPORT_ID")
    private Report report;

    protected ReportIngestion() {
        // for JPA
    }

    /** Takes a file in: keeps it, its text, and what the extractor proposes from the text. */
    public static ReportIngestion propose(Unit unit, String createdBy, Instant at, String fileName, byte[] content,
                                          ReportText read, ReportExtractor extractor) {
        ReportIngestion ingestion = new ReportIngestion();
        ingestion.unit = Objects.requireNonNull(unit, "unit");
        ingestion.createdBy = createdBy;
        ingestion.createdAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        ingestion.fileName = fileName == null || fileName.isBlank() ? "report" : fileName.strip();
        ingestion.content = content.clone();
        ingestion.fileSize = content.length;
        ingestion.format = read.format();
        ingestion.charset = read.charset();
        ingestion.paragraphs.addAll(read.text().paragraphs());
        ingestion.facts.addAll(extractor.extract(read.text()));
        return ingestion;
    }

    /** The reviewer's decision on one fact. */
    public void decide(int ordinal, FactDecision decision) {
        requireProposed();
        fact(ordinal).decide(decision);
    }

    /** The reviewer's values for one fact, which is then accepted as edited. */
    public void edit(int ordinal, Map<String, String> values) {
        requireProposed();
        fact(ordinal).edit(values);
    }

    /** Accepts every fact not decided yet; those rejected stay rejected. */
    public void acceptUndecided() {
        requireProposed();
        facts.stream().filter(fact -> fact.decision() == FactDecision.PROPOSED).forEach(fact -> fact.decide(FactDecision.ACCEPTED));
    }

    /** The facts to make the draft of: those accepted, in order. */
    public List<ProposedFact> accepted() {
        return facts.stream().filter(fact -> fact.decision() == FactDecision.ACCEPTED).toList();
    }

    /** The draft is made: the proposal is closed, and each fact that became a row remembers it. */
    public void drafted(Report draft) {
        requireProposed();
        this.report = Objects.requireNonNull(draft, "draft");
        this.state = IngestionState.DRAFTED;
    }

    /** Records the row a fact became (its provenance). */
    public void created(int ordinal, String type, long id) {
        fact(ordinal).created(type, id);
    }

    public ProposedFact fact(int ordinal) {
        return facts.stream().filter(fact -> fact.ordinal() == ordinal).findFirst()
                .orElseThrow(() -> new DomainException("UNKNOWN_FACT", "the ingestion has no fact " + ordinal
                        + "; its facts are numbered 1 to " + facts.size(), "ingestion.unknownFact", ordinal, facts.size()));
    }

    /** Fails once the draft is made: from then on the draft is edited, not the proposal. */
    public void requireProposed() {
        DomainException.require(state == IngestionState.PROPOSED, "INGESTION_DRAFTED",
                "a draft report was already made of this ingestion; edit the draft instead", "ingestion.drafted");
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Unit unit() {
        return unit;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt.toInstant(ZoneOffset.UTC);
    }

    public String fileName() {
        return fileName;
    }

    public SourceFormat format() {
        return format;
    }

    public String charset() {
        return charset;
    }

    public int fileSize() {
        return fileSize;
    }

    public byte[] content() {
        return content.clone();
    }

    public SourceText source() {
        return new SourceText(paragraphs);
    }

    public List<ProposedFact> facts() {
        return Collections.unmodifiableList(facts);
    }

    public IngestionState state() {
        return state;
    }

    public java.util.Optional<Report> report() {
        return java.util.Optional.ofNullable(report);
    }
}
