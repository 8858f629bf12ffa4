package vn.cchc.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cchc.domain.document.Document;
import vn.cchc.domain.document.DocumentKind;
import vn.cchc.domain.document.DocumentNumber;
import vn.cchc.domain.document.LinkType;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitKind;

/**
 * A document's links written anew on a real Derby: a link kept is never deleted and inserted again (the unique key of
 * source, target and type would refuse the insert, which the database sees before the delete).
 */
class JpaDocumentRepositoryTest {

    private static DerbyDatabase db;

    @BeforeAll
    static void store() {
        db = new DerbyDatabase();
        db.inTransaction(em -> {
            Unit issuer = new Unit("P-UB", "UBND tỉnh P", null, UnitKind.PEOPLES_COMMITTEE, null, null);
            em.persist(issuer);
            JpaDocumentRepository documents = new JpaDocumentRepository(em);
            for (String number : List.of("1/QĐ-UBND", "2/QĐ-UBND", "3/QĐ-UBND")) {
                documents.add(new Document(DocumentNumber.parse(number), DocumentKind.DECISION, LocalDate.of(2024, 1, 2), issuer, null));
            }
            return null;
        });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static Document byNumber(JpaDocumentRepository documents, String number) {
        return documents.findByNumber(DocumentNumber.parse(number)).get(0);
    }

    private static List<String> relink(List<LinkType> types, List<String> targets) {
        db.inTransaction(em -> {
            JpaDocumentRepository documents = new JpaDocumentRepository(em);
            Document source = byNumber(documents, "1/QĐ-UBND");
            source.relinkTo(types, targets.stream().map(t -> byNumber(documents, t)).toList());
            documents.update(source);
            return null;
        });
        return links();
    }

    private static List<String> links() {
        return db.inTransaction(em -> {
            Document source = byNumber(new JpaDocumentRepository(em), "1/QĐ-UBND");
            em.refresh(source);
            return source.links().stream().map(l -> l.type() + " " + l.target().number()).sorted().toList();
        });
    }

    @Test
    void shouldKeepAddAndRemoveLinksInOneWrite() {
        assertThat(relink(List.of(LinkType.AMENDS), List.of("2/QĐ-UBND"))).containsExactly("AMENDS 2/QĐ-UBND");
        assertThat(relink(List.of(LinkType.AMENDS, LinkType.REPLACES), List.of("2/QĐ-UBND", "3/QĐ-UBND")))
                .containsExactly("AMENDS 2/QĐ-UBND", "REPLACES 3/QĐ-UBND");
        assertThat(relink(List.of(LinkType.REPLACES, LinkType.IMPLEMENTS), List.of("3/QĐ-UBND", "2/QĐ-UBND")))
                .containsExactly("IMPLEMENTS 2/QĐ-UBND", "REPLACES 3/QĐ-UBND");
        assertThat(relink(List.of(), List.of())).isEmpty();
    }
}
