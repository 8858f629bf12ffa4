package vn.cchc.domain.ingestion;

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
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.cchc.domain.shared.DomainException;

/**
 * One fact a report states, as the extraction proposed it (đề xuất): its kind, a key naming it within the report
 * (the heading field, the section path, the document's number, the indicator and breakdown), its values as the text
 * gives them, the span it was read from, how sure the reading is, and what the reviewer decided. It is never more
 * than the text says: a value the text does not state is absent, not guessed.
 */
@Entity
// the index answers "where does this row come from", asked of every figure and document shown with its origin
@Table(name = "INGESTED_FACT", indexes = @Index(name = "IX_FACT_CREATED", columnList = "CREATED_TYPE, CREATED_ID"))
public class ProposedFact {

    /** Longest value kept; an item longer than this is refused by the draft's own rules anyway. */
    static final int MAX_VALUE = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    private Long id;

    /** Its place in the proposal, from 1: how the reviewer names it. */
    @Column(nullable = false)
    private int ordinal;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FactKind kind;

    @Column(name = "FACT_KEY", nullable = false, length = 1000)
    private String key;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "INGESTED_FACT_VALUE", joinColumns = @JoinColumn(name = "FACT_ID"))
    @MapKeyColumn(name = "NAME", length = 40)
    @Column(name = "VALUE_TEXT", length = MAX_VALUE)
    private Map<String, String> values = new LinkedHashMap<>();

    @Column(name = "PARAGRAPH", nullable = false)
    private int paragraph;

    @Column(name = "SPAN_START", nullable = false)
    private int start;

    @Column(name = "LAST_PARAGRAPH", nullable = false)
    private int lastParagraph;

    @Column(name = "SPAN_END", nullable = false)
    private int end;

    @Column(nullable = false)
    private double confidence;

    /** The flags' names, comma-separated: a set of a few constants, read far more often than filtered on. */
    @Column(length = 200)
    private String flags;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private FactDecision decision = FactDecision.PROPOSED;

    /** True once a reviewer changed its values. */
    @Column(nullable = false)
    private boolean edited;

    /** What the draft made of it: the kind of row ({@code Observation}, {@code Document}, {@code Report}). */
    @Column(name = "CREATED_TYPE", length = 20)
    private String createdType;

    @Column(name = "CREATED_ID")
    private Long createdId;

    protected ProposedFact() {
        // for JPA
    }

    ProposedFact(FactKind kind, String key, Map<String, String> values, SourceSpan span, double confidence,
                 Set<FactFlag> flags) {
        this.kind = kind;
        this.key = key;
        this.values = checked(kind, values);
        this.paragraph = span.paragraph();
        this.start = span.start();
        this.lastParagraph = span.lastParagraph();
        this.end = span.end();
        this.confidence = confidence;
        this.flags = flags.isEmpty() ? null : flags.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static Map<String, String> checked(FactKind kind, Map<String, String> values) {
        Map<String, String> kept = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            DomainException.require(kind.fields().contains(name), "UNKNOWN_FACT_FIELD",
                    "a " + kind + " fact has no value '" + name + "'; it has " + kind.fields(),
                    "ingestion.unknownField", kind, name, kind.fields());
            if (value != null && !value.isBlank()) {
                DomainException.require(value.length() <= MAX_VALUE, "INVALID_FACT_VALUE",
                        "the value '" + name + "' is longer than " + MAX_VALUE + " characters");
                kept.put(name, value.strip());
            }
        });
        return kept;
    }

    void number(int ordinal) {
        this.ordinal = ordinal;
    }

    void decide(FactDecision decision) {
        this.decision = decision;
    }

    /** The reviewer's values replace the proposed ones; the fact is then accepted as edited. */
    void edit(Map<String, String> newValues) {
        this.values = checked(kind, newValues);
        this.edited = true;
        this.decision = FactDecision.ACCEPTED;
    }

    void created(String type, long id) {
        this.createdType = type;
        this.createdId = id;
    }

    public Long id() {
        return id;
    }

    public int ordinal() {
        return ordinal;
    }

    public FactKind kind() {
        return kind;
    }

    public String key() {
        return key;
    }

    public Map<String, String> values() {
        return Collections.unmodifiableMap(values);
    }

    public Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    public SourceSpan span() {
        return new SourceSpan(paragraph, start, lastParagraph, end);
    }

    public double confidence() {
        return confidence;
    }

    public Set<FactFlag> flags() {
        if (flags == null) {
            return Set.of();
        }
        EnumSet<FactFlag> set = EnumSet.noneOf(FactFlag.class);
        Arrays.stream(flags.split(",")).map(FactFlag::valueOf).forEach(set::add);
        return set;
    }

    public boolean flagged(FactFlag flag) {
        return flags().contains(flag);
    }

    public FactDecision decision() {
        return decision;
    }

    public boolean edited() {
        return edited;
    }

    public Optional<String> createdType() {
        return Optional.ofNullable(createdType);
    }

    public Optional<Long> createdId() {
        return Optional.ofNullable(createdId);
    }

    @Override
    public String toString() {
        return ordinal + " " + kind + " " + key + " " + values + (flags == null ? "" : " " + flags);
    }
}
