package vn.cchc.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import vn.cchc.domain.document.Document;
import vn.cchc.domain.document.DocumentCriteria;
import vn.cchc.domain.document.DocumentLink;
import vn.cchc.domain.document.DocumentNumber;
import vn.cchc.domain.document.DocumentRepository;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.shared.ParentSlices;
import vn.cchc.domain.shared.Slice;

/**
 * Reads, too, run in a transaction: EclipseLink batch-reads the relationships named in the listings (one statement
 * per relationship for a whole page) only for objects read inside one; outside, every row loads them on its own.
 */
@ApplicationScoped
@Transactional
public class JpaDocumentRepository implements DocumentRepository {

    private static final Listing.Ordering<Document> ORDER = (cb, d) -> List.of(
            // undated documents after the dated ones, on every database
            cb.asc(cb.selectCase().when(cb.isNull(d.get("issuedOn")), 1).otherwise(0)),
            cb.asc(d.get("issuedOn")),
            cb.asc(d.get("number").get("printed")),
            cb.asc(d.get("id")));

    @PersistenceContext(unitName = "cchc")
    private EntityManager em;

    protected JpaDocumentRepository() {
        // for CDI
    }

    public JpaDocumentRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Document> findByNumber(DocumentNumber number) {
        return em.createQuery("SELECT d FROM Document d WHERE d.number.printed = :printed ORDER BY d.id", Document.class)
                .setParameter("printed", number.printed())
                .getResultList();
    }

    @Override
    public Slice<Document> find(DocumentCriteria criteria, PageRequest page) {
        return listing().page(filter(criteria), ORDER, page);
    }

    @Override
    public ParentSlices<Document> findIssuedBy(Collection<Long> unitIds, PageRequest page) {
        return listing().pagePerParent(filter(DocumentCriteria.any()), ORDER, "issuer", unitIds, page);
    }

    @Override
    public ParentSlices<Document> findDraftedBy(Collection<Long> unitIds, PageRequest page) {
        return listing().pagePerParent(filter(DocumentCriteria.any()), ORDER, "drafter", unitIds, page);
    }

    @Override
    public long count(DocumentCriteria criteria) {
        return listing().count(filter(criteria));
    }

    @Override
    public List<DocumentLink> findLinksTo(Collection<Document> targets) {
        if (targets.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT l FROM DocumentLink l WHERE l.target IN :targets ORDER BY l.id", DocumentLink.class)
                .setParameter("targets", targets)
                .getResultList();
    }

    @Override
    public void add(Document document) {
        em.persist(document);
    }

    private Listing<Document> listing() {
        return new Listing<>(em, Document.class, List.of("issuer", "drafter", "links", "links.target"));
    }

    private Listing.Filter<Document> filter(DocumentCriteria c) {
        return (cb, d) -> {
            List<Predicate> where = new ArrayList<>();
            if (c.kind() != null) {
                where.add(cb.equal(d.get("kind"), c.kind()));
            }
            if (c.issuerCode() != null) {
                where.add(cb.equal(d.join("issuer").get("code"), c.issuerCode()));
            }
            if (c.drafterCode() != null) {
                where.add(cb.equal(d.join("drafter", JoinType.LEFT).get("code"), c.drafterCode()));
            }
            if (c.issuedFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(d.<LocalDate>get("issuedOn"), c.issuedFrom()));
            }
            if (c.issuedTo() != null) {
                where.add(cb.lessThanOrEqualTo(d.<LocalDate>get("issuedOn"), c.issuedTo()));
            }
            if (!c.issuers().isAny()) {
                where.addAll(listing().inScope(cb, d.join("issuer"), c.issuers()));
            }
            Listing.matching(cb, d, c.search()).ifPresent(where::add);
            return where;
        };
    }
}
