package vn.cchc.domain.document;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.domain.shared.Rejections.assertRejected;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitKind;

class DocumentTest {

    private final Unit province = new Unit("NA-UBND", "UBND tỉnh Nghệ An", "UBND tỉnh", UnitKind.PEOPLES_COMMITTEE, null, null);
    private final Unit department = new Unit("NA-SKHCN", "Sở Khoa học và Công nghệ", "Sở KH&CN", UnitKind.DEPARTMENT, province, null);

    private Document decision(String number, LocalDate issuedOn) {
        return new Document(DocumentNumber.parse(number), DocumentKind.DECISION, issuedOn, province, "Ban hành quy chế");
    }

    @Test
    void shouldKeepWhatWasGiven() {
        Document d = decision("01/2022/QĐ-UBND", LocalDate.of(2022, 1, 10));

        assertThat(d.number().printed()).isEqualTo("01/2022/QĐ-UBND");
        assertThat(d.kind()).isEqualTo(DocumentKind.DECISION);
        assertThat(d.issuedOn()).contains(LocalDate.of(2022, 1, 10));
        assertThat(d.issuer()).isSameAs(province);
        assertThat(d.subject()).contains("Ban hành quy chế");
        assertThat(d.drafter()).isEmpty();
        assertThat(d.links()).isEmpty();
        assertThat(d.id()).isNull();
        assertThat(d).hasToString("DECISION 01/2022/QĐ-UBND");
    }

    @Test
    void shouldKeepUnknownDateAndSubjectEmpty() {
        Document d = new Document(DocumentNumber.parse("56/SKHCN-VP"), DocumentKind.OFFICIAL_LETTER, null, department, "  ");

        assertThat(d.issuedOn()).isEmpty();
        assertThat(d.subject()).isEmpty();
    }

    @Test
    void shouldStripSubject() {
        Document d = new Document(DocumentNumber.parse("56/SKHCN-VP"), DocumentKind.OFFICIAL_LETTER, null, department, "  Về việc x ");

        assertThat(d.subject()).contains("Về việc x");
    }

    @Test
    void shouldRequireIssuer() {
        assertRejected(() -> new Document(DocumentNumber.parse("01/2022/QĐ-UBND"), DocumentKind.DECISION, null, null, null),
                "INVALID_DOCUMENT");
    }

    @Test
    void shouldRequireNumberAndKind() {
        assertRejected(() -> new Document(null, DocumentKind.DECISION, null, province, null), "INVALID_DOCUMENT");
        assertRejected(() -> new Document(DocumentNumber.parse("01/2022/QĐ-UBND"), null, null, province, null),
                "INVALID_DOCUMENT");
    }

    @Test
    void shouldRejectIssueDateContradictingYearInNumber() {
        assertRejected(() -> decision("01/2022/QĐ-UBND", LocalDate.of(2021, 12, 31)), "INVALID_DOCUMENT");
    }

    @Test
    void shouldAcceptAnyIssueDateWhenNumberHasNoYear() {
        Document d = decision("5165/QĐ-UBND", LocalDate.of(2021, 12, 30));

        assertThat(d.issuedOn()).contains(LocalDate.of(2021, 12, 30));
    }

    @Test
    void shouldRecordDrafter() {
        Document d = decision("01/2022/QĐ-UBND", null);

        d.draftedBy(department);

        assertThat(d.drafter()).contains(department);
    }

    @Test
    void shouldRejectIssuerAsItsOwnDrafter() {
        Document d = decision("01/2022/QĐ-UBND", null);

        assertRejected(() -> d.draftedBy(province), "INVALID_DOCUMENT");
        assertThat(d.drafter()).isEmpty();
    }

    @Test
    void shouldRecordLink() {
        Document amending = new Document(DocumentNumber.parse("96/2010/NĐ-CP"), DocumentKind.DECREE, null, province, null);
        Document amended = new Document(DocumentNumber.parse("115/2005/NĐ-CP"), DocumentKind.DECREE, null, province, null);

        DocumentLink link = amending.link(LinkType.AMENDS, amended);

        assertThat(link.source()).isSameAs(amending);
        assertThat(link.type()).isEqualTo(LinkType.AMENDS);
        assertThat(link.target()).isSameAs(amended);
        assertThat(amending.links()).containsExactly(link);
        assertThat(amended.links()).isEmpty();
    }

    @Test
    void shouldAllowLinksOfDifferentTypesToSameTarget() {
        Document a = decision("02/2022/QĐ-UBND", null);
        Document b = decision("01/2022/QĐ-UBND", null);

        a.link(LinkType.AMENDS, b);
        a.link(LinkType.IMPLEMENTS, b);

        assertThat(a.links()).extracting(DocumentLink::type).containsExactly(LinkType.AMENDS, LinkType.IMPLEMENTS);
    }

    @Test
    void shouldRejectSelfLink() {
        Document a = decision("01/2022/QĐ-UBND", null);

        assertRejected(() -> a.link(LinkType.REPLACES, a), "INVALID_DOCUMENT");
        assertThat(a.links()).isEmpty();
    }

    @Test
    void shouldRejectDuplicateLink() {
        Document a = decision("02/2022/QĐ-UBND", null);
        Document b = decision("01/2022/QĐ-UBND", null);
        a.link(LinkType.AMENDS, b);

        assertRejected(() -> a.link(LinkType.AMENDS, b), "INVALID_DOCUMENT");
        assertThat(a.links()).hasSize(1);
    }

    @Test
    void shouldRejectLinkWithoutTypeOrTarget() {
        Document a = decision("02/2022/QĐ-UBND", null);

        assertRejected(() -> a.link(null, decision("01/2022/QĐ-UBND", null)), "INVALID_DOCUMENT");
        assertRejected(() -> a.link(LinkType.AMENDS, null), "INVALID_DOCUMENT");
    }

    @Test
    void shouldTakeYearFromNumberFirst() {
        assertThat(decision("01/2022/QĐ-UBND", LocalDate.of(2022, 1, 10)).year()).contains(2022);
        assertThat(decision("01/2022/QĐ-UBND", null).year()).contains(2022);
    }

    @Test
    void shouldTakeYearFromIssueDateWhenNumberHasNone() {
        assertThat(decision("5165/QĐ-UBND", LocalDate.of(2021, 12, 30)).year()).contains(2021);
    }

    @Test
    void shouldHaveNoYearWhenNeitherNumberNorDateGivesOne() {
        assertThat(decision("5165/QĐ-UBND", null).year()).isEmpty();
    }

    @Test
    void shouldNotLetLinksBeEditedFromOutside() {
        Document a = decision("02/2022/QĐ-UBND", null);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> a.links().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void shouldCorrectWhatWasRecordedAndKeepTheDrafterApartFromTheIssuer() {
        Document d = decision("01/2022/QĐ-UBND", LocalDate.of(2022, 1, 10));
        d.draftedBy(department);

        d.correct(DocumentNumber.parse("02/2023/QĐ-UBND"), DocumentKind.DIRECTIVE, LocalDate.of(2023, 3, 1), province, department, " Sửa ");

        assertThat(d.number().printed()).isEqualTo("02/2023/QĐ-UBND");
        assertThat(d.kind()).isEqualTo(DocumentKind.DIRECTIVE);
        assertThat(d.subject()).contains("Sửa");
        assertThat(d.drafter()).contains(department);
        assertRejected(() -> d.correct(d.number(), DocumentKind.DIRECTIVE, LocalDate.of(2023, 3, 1), department, department, null), "INVALID_DOCUMENT");
        assertRejected(() -> d.correct(d.number(), DocumentKind.DIRECTIVE, LocalDate.of(2024, 3, 1), province, null, null), "INVALID_DOCUMENT");
    }

    @Test
    void shouldNeverTurnADocumentIntoAPlanOrAPlanIntoAnotherKind() {
        Document d = decision("01/2022/QĐ-UBND", null);
        Plan plan = new Plan(DocumentNumber.parse("56/SKHCN-VP"), null, department, null, 2022, PlanType.ADMINISTRATIVE_REFORM);

        assertRejected(() -> d.correct(d.number(), DocumentKind.PLAN, null, province, null, null), "INVALID_DOCUMENT");
        assertRejected(() -> plan.correct(plan.number(), DocumentKind.DECISION, null, department, null, null), "INVALID_DOCUMENT");
    }

    @Test
    void shouldRelinkToExactlyTheLinksGivenKeepingThoseAlreadyThere() {
        Document d = decision("01/2022/QĐ-UBND", null);
        Document amended = decision("02/2021/QĐ-UBND", null);
        Document replaced = decision("03/2021/QĐ-UBND", null);
        DocumentLink kept = d.link(LinkType.AMENDS, amended);
        d.link(LinkType.IMPLEMENTS, replaced);

        d.relinkTo(List.of(LinkType.AMENDS, LinkType.REPLACES), List.of(amended, replaced));

        assertThat(d.links()).extracting(l -> l.type() + " " + l.target().number())
                .containsExactly("AMENDS 02/2021/QĐ-UBND", "REPLACES 03/2021/QĐ-UBND");
        assertThat(d.links().get(0)).isSameAs(kept);
        assertRejected(() -> d.relinkTo(List.of(LinkType.AMENDS), List.of(d)), "INVALID_DOCUMENT");
    }
}
