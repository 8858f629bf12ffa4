package vn.cchc.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.domain.document.DocumentAttribute;
import vn.cchc.domain.document.DocumentKind;
import vn.cchc.domain.dossier.ImportJobAttribute;
import vn.cchc.domain.unit.UnitAttribute;
import vn.cchc.domain.unit.UnitKind;

class ConditionTest {

    private static void assertInvalid(Runnable making, String reason) {
        assertThatThrownBy(making::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(Condition.INVALID);
            assertThat(e.getMessage()).contains(reason);
        });
    }

    @Test
    void shouldCompareValuesOfTheAttributesType() {
        Condition issued = new Condition.Compare(DocumentAttribute.ISSUED_ON, Condition.Operator.GTE, LocalDate.of(2022, 1, 1));
        assertThat(issued).isEqualTo(new Condition.Compare(DocumentAttribute.ISSUED_ON, Condition.Operator.GTE,
                LocalDate.of(2022, 1, 1)));
        assertInvalid(() -> Condition.eq(DocumentAttribute.KIND, "PLAN"), "takes DocumentKind values");
        assertInvalid(() -> Condition.eq(DocumentAttribute.KIND, null), "ask whether it is null");
    }

    @Test
    void shouldCompareAndOrderMomentsAsValues() {
        LocalDateTime at = LocalDateTime.of(2026, 3, 1, 8, 0);
        assertThat(new Condition.Compare(ImportJobAttribute.CREATED_AT, Condition.Operator.LT, at).value()).isEqualTo(at);
        assertThat(SortKey.desc(ImportJobAttribute.FINISHED_AT).attribute().isRelation()).isFalse();
        assertInvalid(() -> Condition.eq(ImportJobAttribute.CREATED_AT, at.toLocalDate()), "takes LocalDateTime values");
    }

    @Test
    void shouldOrderOnlyNumbersAndDatesAndStartOnlyTexts() {
        assertInvalid(() -> new Condition.Compare(UnitAttribute.KIND, Condition.Operator.GT, UnitKind.DEPARTMENT), "cannot be compared with GT");
        assertInvalid(() -> new Condition.Compare(UnitAttribute.CODE, Condition.Operator.LT, "NA"), "cannot be compared with LT");
        assertInvalid(() -> new Condition.Compare(DocumentAttribute.ISSUED_ON, Condition.Operator.STARTS_WITH, LocalDate.MIN),
                "cannot be compared with STARTS_WITH");
        assertThat(new Condition.Compare(UnitAttribute.CODE, Condition.Operator.STARTS_WITH, "NA-").value()).isEqualTo("NA-");
    }

    @Test
    void shouldRefuseNullChecksOfValuesThatAreNeverNull() {
        assertThat(new Condition.IsNull(DocumentAttribute.DRAFTER, true).missing()).isTrue();
        assertInvalid(() -> new Condition.IsNull(DocumentAttribute.ISSUER, true), "ISSUER is never null");
    }

    @Test
    void shouldBoundTheValuesOfOneOf() {
        assertThat(new Condition.OneOf(DocumentAttribute.KIND, List.of()).values()).isEmpty();
        List<Object> many = Collections.nCopies(Condition.MAX_VALUES + 1, "X");
        assertInvalid(() -> new Condition.OneOf(UnitAttribute.CODE, many), "at most 1000 values, got 1001");
        assertThat(new Condition.OneOf(UnitAttribute.CODE, many.subList(0, Condition.MAX_VALUES)).values()).hasSize(1000);
        assertInvalid(() -> new Condition.OneOf(DocumentAttribute.KIND, List.of(DocumentKind.PLAN, "DECREE")), "takes DocumentKind");
    }

    @Test
    void shouldGoThroughRelationsOnlyAndCompareValuesOnly() {
        Condition departments = Condition.eq(UnitAttribute.KIND, UnitKind.DEPARTMENT);
        assertThat(Condition.related(DocumentAttribute.ISSUER, departments)).isInstanceOf(Condition.Related.class);
        assertInvalid(() -> Condition.related(DocumentAttribute.KIND, departments), "KIND is a value, not a relation");
        assertInvalid(() -> Condition.eq(DocumentAttribute.ISSUER, "NA"), "ISSUER is a relation");
    }

    @Test
    void shouldFoldSearchWordsAndIgnoreBlankOnes() {
        assertThat(Condition.search("  Sở Nội   VỤ ")).isEqualTo(new Condition.Search("so noi vu"));
        assertThat(Condition.search(" ")).isEqualTo(Condition.TRUE);
        assertThat(Condition.search(null)).isEqualTo(Condition.TRUE);
    }

    @Test
    void shouldFlattenConjunctionsAndKeepSinglePartsAsTheyAre() {
        Condition a = Condition.eq(UnitAttribute.CODE, "NA");
        Condition b = Condition.eq(UnitAttribute.KIND, UnitKind.PROVINCE);
        assertThat(Condition.and(a, Condition.TRUE)).isEqualTo(a);
        assertThat(Condition.and(Condition.and(a, b), a)).isEqualTo(new Condition.All(List.of(a, b, a)));
        assertThat(Condition.and(List.of())).isEqualTo(Condition.TRUE);
        assertThat(Condition.or(List.of(a))).isEqualTo(a);
        assertThat(Condition.or(List.of(a, b))).isEqualTo(new Condition.Any(List.of(a, b)));
    }

    @Test
    void shouldNameTheSameCriteriaIdenticallySoThatCursorsCanBeTiedToThem() {
        Criteria one = Criteria.where(Condition.eq(UnitAttribute.KIND, UnitKind.DEPARTMENT)).orderBy(SortKey.desc(UnitAttribute.NAME));
        Criteria same = Criteria.where(Condition.eq(UnitAttribute.KIND, UnitKind.DEPARTMENT)).orderBy(SortKey.desc(UnitAttribute.NAME));
        assertThat(one).isEqualTo(same).hasToString(same.toString());
        assertThat(one.toString()).isNotEqualTo(one.orderBy(SortKey.asc(UnitAttribute.NAME)).toString());
        assertInvalid(() -> SortKey.asc(UnitAttribute.PARENT), "cannot order by the relation PARENT");
    }
}
