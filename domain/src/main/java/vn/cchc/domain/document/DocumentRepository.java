package vn.cchc.domain.document;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.shared.Criteria;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.shared.ParentSlices;
import vn.cchc.domain.shared.Slice;

/** Documents by number, issuer and date. */
public interface DocumentRepository {

    Optional<Document> findById(long id);

    /** The document with this id as a client wrote it; none for a text that is no id at all. */
    default Optional<Document> findById(String id) {
        return parseId(id).flatMap(this::findById);
    }

    List<Document> findByIds(Collection<Long> ids);

    /**
     * The documents with these ids as a client wrote them, keyed by that text, read together: a text that is no id, or
     * no document's, has no entry.
     */
    default Map<String, Document> findByGivenIds(List<String> ids) {
        List<Long> numbers = ids.stream().map(DocumentRepository::parseId).flatMap(Optional::stream).distinct().toList();
        Map<Long, Document> byId = new HashMap<>();
        if (!numbers.isEmpty()) {
            findByIds(numbers).forEach(d -> byId.put(d.id(), d));
        }
        Map<String, Document> found = new HashMap<>();
        ids.forEach(id -> parseId(id).map(byId::get).ifPresent(d -> found.put(id, d)));
        return found;
    }

    private static Optional<Long> parseId(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }

    /** All documents printed with this number: one, or several from different issuers. */
    List<Document> findByNumber(DocumentNumber number);

    /** Documents matching the criteria, in its order (by default by issue date, undated last, then number). */
    Slice<Document> find(Criteria criteria, PageRequest page);

    long count(Condition condition);

    /**
     * The tasks of all plans matching the criteria ({@link PlanTaskAttribute}), in its order (by default by deadline,
     * undated last): read only, a task changes through its plan.
     */
    Slice<PlanTask> findTasks(Criteria criteria, PageRequest page);

    long countTasks(Condition condition);

    /**
     * The same page of the matching documents of each of these units, in list order.
     *
     * @param relation how the documents relate to the units: {@link DocumentAttribute#ISSUER} or {@link DocumentAttribute#DRAFTER}
     */
    ParentSlices<Document> findPerUnit(DocumentAttribute relation, Collection<Long> unitIds, Criteria criteria, PageRequest page);

    /** The links whose target is one of these documents: who amends, implements or replaces them. */
    List<DocumentLink> findLinksTo(Collection<Document> targets);

    void add(Document document);

    /**
     * Writes a change to the document, its links and a plan's tasks now, so that its new version is known; the version
     * rises with every update, also when only the links or tasks changed.
     */
    void update(Document document);
}
