package vn.cchc.domain.document;

import java.util.Collection;
import java.util.List;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.shared.ParentSlices;
import vn.cchc.domain.shared.Slice;

/** Documents by number, issuer and date. */
public interface DocumentRepository {

    /** All documents printed with this number: one, or several from different issuers. */
    List<Document> findByNumber(DocumentNumber number);

    /** Documents matching the criteria, ordered by issue date (undated last), then number. */
    Slice<Document> find(DocumentCriteria criteria, PageRequest page);

    long count(DocumentCriteria criteria);

    /** The same page of the documents each of these units issued, in list order. */
    ParentSlices<Document> findIssuedBy(Collection<Long> unitIds, PageRequest page);

    /** The same page of the documents each of these units drafted for another body, in list order. */
    ParentSlices<Document> findDraftedBy(Collection<Long> unitIds, PageRequest page);

    /** The links whose target is one of these documents: who amends, implements or replaces them. */
    List<DocumentLink> findLinksTo(Collection<Document> targets);

    void add(Document document);
}
