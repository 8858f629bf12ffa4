package vn.cchc.api.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.api.document.DocumentFilter;
import vn.cchc.api.document.DocumentKindFilter;
import vn.cchc.api.document.DocumentKindView;
import vn.cchc.api.document.DocumentOrder;
import vn.cchc.api.document.DocumentOrderField;
import vn.cchc.api.error.ApiException;
import vn.cchc.api.unit.UnitFilter;
import vn.cchc.api.unit.UnitKindFilter;
import vn.cchc.api.unit.UnitKindView;
import vn.cchc.domain.document.DocumentAttribute;
import vn.cchc.domain.document.DocumentKind;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.shared.Criteria;
import vn.cchc.domain.shared.SortKey;
import vn.cchc.domain.unit.UnitAttribute;
import vn.cchc.domain.unit.UnitKind;

/** Filter and order inputs read as the domain's conditions, and bad ones refused with the path of the mistake. */
class FilterInputTest {

    private static void assertBadInput(Runnable reading, String path, String reason) {
        assertThatThrownBy(reading::run).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.code()).isEqualTo("BAD_USER_INPUT");
            assertThat(e.plainMessage()).contains("'" + path + "'").contains(reason);
        });
    }

    private static DocumentFilter plansOfDepartmentsWithin(String code) {
        DocumentFilter plans = new DocumentFilter();
        plans.kind = new DocumentKindFilter();
        plans.kind.eq = DocumentKindView.PLAN;
        plans.issuer = new UnitFilter();
        plans.issuer.within = code;
        plans.issuer.kind = new UnitKindFilter();
        plans.issuer.kind.in = List.of(UnitKindView.DEPARTMENT);
        return plans;
    }

    @Test
    void shouldReadFieldsRelationsAndLogicAsOneCondition() {
        DocumentFilter filter = plansOfDepartmentsWithin("NA");
        filter.issuedOn = new DateFilter();
        filter.issuedOn.gte = LocalDate.of(2022, 1, 1);
        filter.not = new DocumentFilter();
        filter.not.search = "Kiểm soát";
        assertThat(filter.toCondition("filter")).isEqualTo(Condition.and(
                Condition.eq(DocumentAttribute.KIND, DocumentKind.PLAN),
                new Condition.Compare(DocumentAttribute.ISSUED_ON, Condition.Operator.GTE, LocalDate.of(2022, 1, 1)),
                Condition.related(DocumentAttribute.ISSUER, Condition.and(
                        new Condition.OneOf(UnitAttribute.KIND, List.of(UnitKind.DEPARTMENT)),
                        new Condition.WithinSubtree("NA"))),
                Condition.not(new Condition.Search("kiem soat"))));
        assertThat(new DocumentFilter().toCondition("filter")).isEqualTo(Condition.TRUE);
    }

    @Test
    void shouldNameThePathOfABadOperator() {
        DocumentFilter filter = new DocumentFilter();
        filter.or = List.of(new DocumentFilter(), plansOfDepartmentsWithin("NA"));
        filter.or.get(1).issuer.kind.in = Collections.nCopies(1001, UnitKindView.DEPARTMENT);
        assertBadInput(() -> filter.toCondition("filter"), "filter.or[1].issuer.kind.in", "at most 1000 values");
        DocumentFilter issuerNull = new DocumentFilter();
        issuerNull.issuer = new UnitFilter();
        issuerNull.issuer.kind = new UnitKindFilter();
        issuerNull.issuer.kind.isNull = true;
        assertBadInput(() -> issuerNull.toCondition("filter"), "filter.issuer.kind.isNull", "KIND is never null");
    }

    @Test
    void shouldRefuseConflictingOperators() {
        DocumentFilter filter = new DocumentFilter();
        filter.issuedOn = new DateFilter();
        filter.issuedOn.isNull = true;
        filter.issuedOn.lt = LocalDate.of(2022, 1, 1);
        assertBadInput(() -> filter.toCondition("filter"), "filter.issuedOn", "isNull: true cannot be combined");
        filter.issuedOn.isNull = null;
        filter.issuedOn.lte = LocalDate.of(2022, 1, 1);
        assertBadInput(() -> filter.toCondition("filter"), "filter.issuedOn", "lt or lte");
        StringFilter code = new StringFilter();
        code.eq = "NA";
        code.in = List.of("NA");
        assertBadInput(() -> code.toCondition("filter.code", UnitAttribute.CODE), "filter.code", "eq cannot be combined");
        code.eq = null;
        code.in = java.util.Arrays.asList("NA", null);
        assertBadInput(() -> code.toCondition("filter.code", UnitAttribute.CODE), "filter.code.in", "must not hold null");
        DocumentFilter nullPart = new DocumentFilter();
        nullPart.and = java.util.Arrays.asList(new DocumentFilter(), null);
        assertBadInput(() -> nullPart.toCondition("filter"), "filter.and[1]", "must not be null");
    }

    @Test
    void shouldReadAnOrderAsSortKeysInTurn() {
        DocumentOrder byDate = new DocumentOrder();
        byDate.field = DocumentOrderField.ISSUED_ON;
        byDate.direction = SortDirectionView.DESC;
        DocumentOrder byNumber = new DocumentOrder();
        byNumber.field = DocumentOrderField.NUMBER;
        assertThat(ListCriteria.of(null, List.of(byDate, byNumber))).isEqualTo(new Criteria(Condition.TRUE,
                List.of(SortKey.desc(DocumentAttribute.ISSUED_ON), SortKey.asc(DocumentAttribute.NUMBER))));
        assertThat(ListCriteria.of(null, null)).isEqualTo(Criteria.all());
        assertBadInput(() -> ListCriteria.of(null, java.util.Arrays.asList(byDate, null)), "orderBy[1]", "must name a field");
    }
}
