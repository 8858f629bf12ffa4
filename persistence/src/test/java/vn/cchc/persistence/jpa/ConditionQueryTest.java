package vn.cchc.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.domain.shared.Condition.Operator.GT;
import static vn.cchc.domain.shared.Condition.Operator.GTE;
import static vn.cchc.domain.shared.Condition.Operator.LT;
import static vn.cchc.domain.shared.Condition.Operator.LTE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cchc.domain.document.Document;
import vn.cchc.domain.document.DocumentAttribute;
import vn.cchc.domain.document.DocumentKind;
import vn.cchc.domain.indicator.Observation;
import vn.cchc.domain.indicator.ObservationAttribute;
import vn.cchc.domain.indicator.StandardIndicators;
import vn.cchc.domain.procedure.AdministrativeProcedure;
import vn.cchc.domain.procedure.ProcedureAttribute;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.shared.Criteria;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.shared.Slice;
import vn.cchc.domain.shared.SortKey;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitAttribute;
import vn.cchc.domain.unit.UnitKind;
import vn.cchc.sampledata.sample.NgheAnSample;

/**
 * Conditions and orders translated into SQL on a real Derby, over the Nghệ An sample: each result is checked against
 * the same question asked of every row in Java.
 */
class ConditionQueryTest {

    private static final PageRequest ALL = new PageRequest(0, 100);
    private static final LocalDate FEBRUARY = LocalDate.of(2022, 2, 1);
    private static DerbyDatabase db;
    private static List<Document> documents;
    private static List<Unit> units;

    @BeforeAll
    static void loadSample() {
        db = new DerbyDatabase();
        db.inTransaction(em -> {
            JpaIndicatorRepository indicators = new JpaIndicatorRepository(em);
            StandardIndicators.all().forEach(indicators::add);
            new NgheAnSample(SampleRepositories.on(em)).load();
            return null;
        });
        documents = documents(Criteria.all());
        units = units(Criteria.all(), ALL).items();
        assertThat(documents).hasSizeGreaterThan(10).anyMatch(d -> d.issuedOn().isEmpty()).anyMatch(d -> d.drafter().isPresent());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static List<Document> documents(Criteria criteria) {
        Slice<Document> found = db.inTransaction(em -> new JpaDocumentRepository(em).find(criteria, ALL));
        assertThat(found.hasNext()).isFalse();
        return found.items();
    }

    private static Slice<Unit> units(Criteria criteria, PageRequest page) {
        return db.inTransaction(em -> new JpaUnitRepository(em).find(criteria, page));
    }

    private static List<String> numbers(List<Document> found) {
        return found.stream().map(d -> d.number().printed()).toList();
    }

    private static void assertDocuments(Condition condition, Predicate<Document> expected) {
        assertThat(numbers(documents(Criteria.where(condition)))).as(condition.toString())
                .containsExactlyInAnyOrderElementsOf(numbers(documents.stream().filter(expected).toList()))
                .isNotEmpty();
    }

    private static Predicate<Document> issued(Predicate<LocalDate> day) {
        return d -> d.issuedOn().filter(day).isPresent();
    }

    @Test
    void shouldCompareDatesWithEveryOperatorAndNeverMatchAMissingOne() {
        assertDocuments(new Condition.Compare(DocumentAttribute.ISSUED_ON, GT, FEBRUARY), issued(day -> day.isAfter(FEBRUARY)));
        assertDocuments(new Condition.Compare(DocumentAttribute.ISSUED_ON, GTE, FEBRUARY), issued(day -> !day.isBefore(FEBRUARY)));
        assertDocuments(new Condition.Compare(DocumentAttribute.ISSUED_ON, LT, FEBRUARY), issued(day -> day.isBefore(FEBRUARY)));
        assertDocuments(new Condition.Compare(DocumentAttribute.ISSUED_ON, LTE, FEBRUARY), issued(day -> !day.isAfter(FEBRUARY)));
        LocalDate first = documents.stream().flatMap(d -> d.issuedOn().stream()).findFirst().orElseThrow();
        assertDocuments(Condition.eq(DocumentAttribute.ISSUED_ON, first), issued(first::equals));
    }

    @Test
    void shouldMatchCodesByEqualityListPrefixAndNull() {
        assertDocuments(new Condition.OneOf(DocumentAttribute.KIND, List.of(DocumentKind.PLAN, DocumentKind.DECREE)),
                d -> d.kind() == DocumentKind.PLAN || d.kind() == DocumentKind.DECREE);
        assertThat(documents(Criteria.where(new Condition.OneOf(DocumentAttribute.KIND, List.of())))).isEmpty();
        assertDocuments(new Condition.Compare(DocumentAttribute.NUMBER, Condition.Operator.STARTS_WITH, "1"),
                d -> d.number().printed().startsWith("1"));
        assertThat(documents(Criteria.where(new Condition.Compare(DocumentAttribute.NUMBER, Condition.Operator.STARTS_WITH, "%"))))
                .as("a wildcard in a prefix is a plain character").isEmpty();
        assertDocuments(new Condition.IsNull(DocumentAttribute.ISSUED_ON, true), d -> d.issuedOn().isEmpty());
        assertDocuments(new Condition.IsNull(DocumentAttribute.ISSUED_ON, false), d -> d.issuedOn().isPresent());
    }

    @Test
    void shouldCompareNumbersAndBooleans() {
        List<Observation> all = db.inTransaction(em -> new JpaObservationRepository(em).find(Criteria.all(), ALL)).items();
        List<Observation> large = db.inTransaction(em -> new JpaObservationRepository(em)
                .find(Criteria.where(new Condition.Compare(ObservationAttribute.VALUE, GTE, 5.0)), ALL)).items();
        assertThat(large).isNotEmpty().extracting(Observation::id)
                .containsExactlyInAnyOrderElementsOf(all.stream().filter(o -> o.value().value() >= 5.0).map(Observation::id).toList());
        List<AdministrativeProcedure> procedures = db.inTransaction(em -> new JpaProcedureRepository(em).find(Criteria.all(), ALL)).items();
        long publicised = db.inTransaction(em -> new JpaProcedureRepository(em).count(Condition.eq(ProcedureAttribute.PUBLICISED, true)));
        assertThat(publicised).isEqualTo(procedures.stream().filter(AdministrativeProcedure::isPublicised).count());
    }

    @Test
    void shouldCombineWithAndOrAndAnExactNot() {
        Condition plan = Condition.eq(DocumentAttribute.KIND, DocumentKind.PLAN);
        Condition late = new Condition.Compare(DocumentAttribute.ISSUED_ON, GT, FEBRUARY);
        assertDocuments(Condition.and(plan, late), d -> d.kind() == DocumentKind.PLAN && issued(day -> day.isAfter(FEBRUARY)).test(d));
        assertDocuments(Condition.or(List.of(plan, late)), d -> d.kind() == DocumentKind.PLAN || issued(day -> day.isAfter(FEBRUARY)).test(d));
        assertDocuments(Condition.not(late), issued(day -> day.isAfter(FEBRUARY)).negate());
        assertThat(documents(Criteria.where(Condition.not(late)))).as("undated documents are not issued after February")
                .anyMatch(d -> d.issuedOn().isEmpty());
        assertThat(documents(Criteria.where(new Condition.Any(List.of())))).isEmpty();
    }

    @Test
    void shouldFilterThroughRelationsAndSubtrees() {
        Condition departmentsOfTheProvince = Condition.and(new Condition.WithinSubtree(NgheAnSample.PROVINCE),
                Condition.eq(UnitAttribute.KIND, UnitKind.DEPARTMENT));
        assertDocuments(Condition.related(DocumentAttribute.ISSUER, departmentsOfTheProvince),
                d -> d.issuer().path().startsWith("/" + NgheAnSample.PROVINCE + "/") && d.issuer().kind() == UnitKind.DEPARTMENT);
        Condition draftedByTheDepartment = Condition.related(DocumentAttribute.DRAFTER,
                Condition.eq(UnitAttribute.CODE, NgheAnSample.SCIENCE_AND_TECHNOLOGY));
        assertDocuments(draftedByTheDepartment, d -> d.drafter().filter(u -> u.code().equals(NgheAnSample.SCIENCE_AND_TECHNOLOGY)).isPresent());
        assertDocuments(Condition.not(draftedByTheDepartment),
                d -> d.drafter().filter(u -> u.code().equals(NgheAnSample.SCIENCE_AND_TECHNOLOGY)).isEmpty());
        assertThat(documents(Criteria.where(Condition.related(DocumentAttribute.ISSUER, new Condition.WithinSubtree("NOWHERE")))))
                .isEmpty();
        long grandchildren = db.inTransaction(em -> new JpaUnitRepository(em).count(Condition.related(UnitAttribute.PARENT,
                Condition.related(UnitAttribute.PARENT, Condition.eq(UnitAttribute.CODE, NgheAnSample.PEOPLES_COMMITTEE)))));
        assertThat(grandchildren).isEqualTo(units.stream().filter(u -> u.parent().flatMap(Unit::parent)
                .filter(p -> p.code().equals(NgheAnSample.PEOPLES_COMMITTEE)).isPresent()).count()).isPositive();
    }

    @Test
    void shouldOrderBySeveralKeysWithTiesBrokenById() {
        Criteria byKindThenName = Criteria.all().orderBy(SortKey.desc(UnitAttribute.KIND), SortKey.asc(UnitAttribute.SHORT_NAME));
        List<Unit> expected = new ArrayList<>(units);
        Comparator<Unit> shortName = Comparator.comparing(Unit::shortName, Comparator.nullsLast(Comparator.naturalOrder()));
        expected.sort(Comparator.comparing((Unit u) -> u.kind().name()).reversed().thenComparing(shortName).thenComparing(Unit::id));
        assertThat(units(byKindThenName, ALL).items()).extracting(Unit::code).containsExactlyElementsOf(codes(expected));
    }

    @Test
    void shouldPutMissingValuesLastInEitherDirection() {
        for (SortKey key : List.of(SortKey.asc(DocumentAttribute.ISSUED_ON), SortKey.desc(DocumentAttribute.ISSUED_ON))) {
            List<Document> ordered = documents(Criteria.all().orderBy(key));
            int firstUndated = (int) ordered.stream().takeWhile(d -> d.issuedOn().isPresent()).count();
            assertThat(ordered.subList(firstUndated, ordered.size())).as(key.toString()).allMatch(d -> d.issuedOn().isEmpty());
            List<LocalDate> dates = ordered.subList(0, firstUndated).stream().map(d -> d.issuedOn().orElseThrow()).toList();
            assertThat(dates).isSortedAccordingTo(key.direction() == vn.cchc.domain.shared.SortDirection.ASC
                    ? Comparator.naturalOrder() : Comparator.<LocalDate>reverseOrder());
        }
    }

    @Test
    void shouldPageThroughAnOrderedListWithoutGapsOrRepeats() {
        Criteria byKind = Criteria.all().orderBy(SortKey.asc(UnitAttribute.KIND));
        List<Unit> whole = units(byKind, ALL).items();
        List<Unit> paged = new ArrayList<>();
        Slice<Unit> page;
        int offset = 0;
        do {
            page = units(byKind, new PageRequest(offset, 3));
            paged.addAll(page.items());
            offset += 3;
        } while (page.hasNext());
        assertThat(codes(paged)).doesNotHaveDuplicates().containsExactlyElementsOf(codes(whole)).hasSize(units.size());
    }

    @Test
    void shouldFilterAndOrderAListNestedUnderSeveralParents() {
        List<Long> parents = units.stream().filter(u -> u.kind() == UnitKind.DEPARTMENT).map(Unit::id).toList();
        Criteria serviceUnitsByNameDesc = Criteria.where(Condition.eq(UnitAttribute.KIND, UnitKind.PUBLIC_SERVICE_UNIT))
                .orderBy(SortKey.desc(UnitAttribute.NAME));
        var slices = db.inTransaction(em -> new JpaUnitRepository(em).findChildren(parents, serviceUnitsByNameDesc, new PageRequest(1, 2)));
        for (Long parent : parents) {
            List<Unit> expected = units.stream().filter(u -> u.parent().map(Unit::id).filter(parent::equals).isPresent())
                    .filter(u -> u.kind() == UnitKind.PUBLIC_SERVICE_UNIT)
                    .sorted(Comparator.comparing(Unit::name).reversed()).toList();
            assertThat(slices.total(parent)).isEqualTo(expected.size());
            assertThat(codes(slices.of(parent).items())).isEqualTo(codes(expected.subList(Math.min(1, expected.size()),
                    Math.min(3, expected.size()))));
        }
        assertThat(parents.stream().mapToLong(slices::total).sum()).isGreaterThan(2);
    }

    private static List<String> codes(List<Unit> list) {
        return list.stream().map(Unit::code).toList();
    }

    @Test
    void shouldSearchFoldedText() {
        Function<String, Long> count = words -> db.inTransaction(em -> new JpaUnitRepository(em).count(Condition.search(words)));
        assertThat(count.apply("SO NOI VU")).isEqualTo(count.apply("Sở Nội vụ")).isEqualTo(1);
    }
}
