package vn.cchc.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.persistence.sample.NgheAnSample.PERIOD;
import static vn.cchc.persistence.sample.NgheAnSample.SCIENCE_AND_TECHNOLOGY;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cchc.domain.document.Document;
import vn.cchc.domain.document.DocumentCriteria;
import vn.cchc.domain.document.DocumentKind;
import vn.cchc.domain.document.DocumentNumber;
import vn.cchc.domain.document.LinkType;
import vn.cchc.domain.indicator.Indicator;
import vn.cchc.domain.indicator.Observation;
import vn.cchc.domain.indicator.ObservationCriteria;
import vn.cchc.domain.indicator.StandardIndicators;
import vn.cchc.domain.procedure.ProcedureCriteria;
import vn.cchc.domain.report.Report;
import vn.cchc.domain.report.ReportCriteria;
import vn.cchc.domain.report.ReportStatus;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.shared.Slice;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitCriteria;
import vn.cchc.domain.unit.UnitKind;
import vn.cchc.domain.unit.UnitScope;
import vn.cchc.persistence.sample.NgheAnSample;

/** The sample stored through the real repositories on a real Derby, and read back by their queries. */
class NgheAnSampleTest {

    private static final PageRequest ALL = new PageRequest(0, 100);
    private static DerbyDatabase db;

    @BeforeAll
    static void loadSample() {
        db = new DerbyDatabase();
        db.inTransaction(em -> {
            JpaIndicatorRepository indicators = new JpaIndicatorRepository(em);
            StandardIndicators.all().forEach(indicators::add);
            sample(em).load();
            return null;
        });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static NgheAnSample sample(EntityManager em) {
        return new NgheAnSample(new JpaUnitRepository(em), new JpaDocumentRepository(em), new JpaProcedureRepository(em),
                new JpaIndicatorRepository(em), new JpaObservationRepository(em), new JpaReportRepository(em));
    }

    @Test
    void shouldKnowItIsLoaded() {
        boolean loaded = db.inTransaction(em -> sample(em).isLoaded());
        assertThat(loaded).isTrue();
    }

    @Test
    void shouldListTheSubtreeOfTheDepartment() {
        Slice<Unit> subtree = db.inTransaction(em -> new JpaUnitRepository(em)
                .find(new UnitCriteria(null, SCIENCE_AND_TECHNOLOGY, null, null, null), ALL));
        assertThat(subtree.items()).extracting(Unit::code).containsExactly(
                "NA-SKHCN", "NA-SKHCN-MC", "NA-SKHCN-TTKT", "NA-SKHCN-TTTT", "NA-SKHCN-TTUD", "NA-SKHCN-TTXH", "NA-SKHCN-VP");
        assertThat(subtree.hasNext()).isFalse();
    }

    @Test
    void shouldListChildrenByKindAndPageThem() {
        long count = db.inTransaction(em -> new JpaUnitRepository(em)
                .count(new UnitCriteria(SCIENCE_AND_TECHNOLOGY, null, UnitKind.PUBLIC_SERVICE_UNIT, null, null)));
        assertThat(count).isEqualTo(4);
        Slice<Unit> firstTwo = db.inTransaction(em -> new JpaUnitRepository(em)
                .find(new UnitCriteria(SCIENCE_AND_TECHNOLOGY, null, UnitKind.PUBLIC_SERVICE_UNIT, null, null), new PageRequest(0, 2)));
        assertThat(firstTwo.items()).hasSize(2);
        assertThat(firstTwo.hasNext()).isTrue();
        Slice<Unit> rest = db.inTransaction(em -> new JpaUnitRepository(em)
                .find(new UnitCriteria(SCIENCE_AND_TECHNOLOGY, null, UnitKind.PUBLIC_SERVICE_UNIT, null, null), new PageRequest(2, 2)));
        assertThat(rest.items()).hasSize(2).doesNotContainAnyElementsOf(firstTwo.items());
        assertThat(rest.hasNext()).isFalse();
    }

    @Test
    void shouldFindTheDepartmentsPlansIssuedInFebruary() {
        Slice<Document> plans = db.inTransaction(em -> new JpaDocumentRepository(em).find(new DocumentCriteria(
                DocumentKind.PLAN, SCIENCE_AND_TECHNOLOGY, null, LocalDate.of(2022, 2, 1), LocalDate.of(2022, 2, 28), null,
                UnitScope.any()), ALL));
        assertThat(plans.items()).extracting(d -> d.number().printed())
                .containsExactly("87/SKHCN-VP", "88/SKHCN-VP", "156/SKHCN-VP", "157/SKHCN-VP");
    }

    @Test
    void shouldPageTheDocumentsOfSeveralIssuersAtOnce() {
        var ids = db.inTransaction(em -> {
            JpaUnitRepository units = new JpaUnitRepository(em);
            return java.util.List.of(units.findByCode(SCIENCE_AND_TECHNOLOGY).orElseThrow().id(),
                    units.findByCode(NgheAnSample.GOVERNMENT).orElseThrow().id(),
                    units.findByCode(NgheAnSample.DEPARTMENT_OFFICE).orElseThrow().id());
        });
        var second = db.inTransaction(em -> new JpaDocumentRepository(em).findIssuedBy(ids, new PageRequest(2, 2)));
        assertThat(second.of(ids.get(0)).items()).extracting(d -> d.number().printed())
                .containsExactly("88/SKHCN-VP", "156/SKHCN-VP");
        assertThat(second.of(ids.get(0)).hasNext()).isTrue();
        assertThat(second.total(ids.get(0))).isEqualTo(5);
        assertThat(second.of(ids.get(1)).items()).extracting(d -> d.number().printed())
                .containsExactly("16/2015/NĐ-CP", "115/2005/NĐ-CP");
        assertThat(second.total(ids.get(1))).isEqualTo(5);
        assertThat(second.of(ids.get(2)).items()).isEmpty();
        assertThat(second.total(ids.get(2))).isZero();
    }

    @Test
    void shouldPageTheFilteredObservationsOfSeveralUnitsAtOnce() {
        var ids = db.inTransaction(em -> {
            JpaUnitRepository units = new JpaUnitRepository(em);
            return java.util.List.of(units.findByCode(SCIENCE_AND_TECHNOLOGY).orElseThrow().id(),
                    units.findByCode(NgheAnSample.PROVINCE).orElseThrow().id());
        });
        var totals = db.inTransaction(em -> new JpaObservationRepository(em).findPerUnit(ids,
                new ObservationCriteria(null, null, 2022, 1, null, null, true, UnitScope.any()), new PageRequest(0, 100)));
        assertThat(totals.total(ids.get(0))).as("nine totals; ISO adoption is the province's").isEqualTo(9);
        assertThat(totals.of(ids.get(1)).items()).extracting(o -> o.indicator().code())
                .containsExactly(StandardIndicators.ISO_9001_2015_ADOPTION);
    }

    @Test
    void shouldSearchWithoutCaseOrDiacritics() {
        Slice<Document> found = db.inTransaction(em -> new JpaDocumentRepository(em).find(
                new DocumentCriteria(null, SCIENCE_AND_TECHNOLOGY, null, null, null, "KIEM SOAT thu tuc", UnitScope.any()), ALL));
        assertThat(found.items()).extracting(d -> d.number().printed())
                .containsExactlyInAnyOrder("87/SKHCN-VP", "156/SKHCN-VP", "157/SKHCN-VP");
        long units = db.inTransaction(em -> new JpaUnitRepository(em).count(new UnitCriteria(null, null, null, null, "so noi vu")));
        assertThat(units).isEqualTo(1);
        long byNumber = db.inTransaction(em -> new JpaDocumentRepository(em).count(
                new DocumentCriteria(null, null, null, null, null, "qđ-ubnd", UnitScope.any())));
        assertThat(byNumber).as("01/2022, 5165, 291 and 04/2015 are QĐ-UBND").isEqualTo(4);
        long percent = db.inTransaction(em -> new JpaUnitRepository(em).count(new UnitCriteria(null, null, null, null, "100%")));
        assertThat(percent).as("LIKE wildcards in the words are plain characters").isZero();
    }

    @Test
    void shouldFilterThroughTheIssuersPlaceAndKind() {
        Slice<Document> departmentPlans = db.inTransaction(em -> new JpaDocumentRepository(em).find(new DocumentCriteria(
                DocumentKind.PLAN, null, null, LocalDate.of(2022, 2, 1), LocalDate.of(2022, 2, 28), "kiem soat thu tuc",
                new UnitScope(NgheAnSample.PROVINCE, UnitKind.DEPARTMENT)), ALL));
        assertThat(departmentPlans.items()).extracting(d -> d.number().printed())
                .containsExactly("87/SKHCN-VP", "156/SKHCN-VP", "157/SKHCN-VP");
        long outsideTheProvince = db.inTransaction(em -> new JpaDocumentRepository(em).count(new DocumentCriteria(
                null, null, null, null, null, null, new UnitScope(NgheAnSample.PROVINCE, null))));
        assertThat(outsideTheProvince).as("all but the five decrees of the Government").isEqualTo(11);
        long provinceObservations = db.inTransaction(em -> new JpaObservationRepository(em).count(
                ObservationCriteria.any().withUnit(null).withIndicator(StandardIndicators.ISO_9001_2015_ADOPTION)));
        long ofProvinces = db.inTransaction(em -> new JpaObservationRepository(em).count(new ObservationCriteria(
                null, null, null, null, null, null, null, new UnitScope(null, UnitKind.PROVINCE))));
        assertThat(ofProvinces).isEqualTo(provinceObservations).isEqualTo(1);
    }

    @Test
    void shouldOrderUndatedDocumentsLast() {
        Slice<Document> decrees = db.inTransaction(em -> new JpaDocumentRepository(em).find(
                new DocumentCriteria(DocumentKind.DECREE, null, null, null, null, null, UnitScope.any()), ALL));
        assertThat(decrees.items()).extracting(d -> d.number().printed())
                .containsExactly("130/2005/NĐ-CP", "117/2013/NĐ-CP", "16/2015/NĐ-CP", "115/2005/NĐ-CP", "96/2010/NĐ-CP");
    }

    @Test
    void shouldFindDocumentsDraftedByTheDepartment() {
        Slice<Document> drafted = db.inTransaction(em -> new JpaDocumentRepository(em).find(
                new DocumentCriteria(null, null, SCIENCE_AND_TECHNOLOGY, null, null, null, UnitScope.any()), ALL));
        assertThat(drafted.items()).extracting(d -> d.number().printed()).containsExactly("01/2022/QĐ-UBND");
        assertThat(drafted.items().get(0).issuer().code()).isEqualTo(NgheAnSample.PEOPLES_COMMITTEE);
    }

    @Test
    void shouldFindDocumentByNumberTypedDifferently() {
        var found = db.inTransaction(em -> new JpaDocumentRepository(em).findByNumber(DocumentNumber.parse(" 96 / 2010 / nđ-cp ")));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).issuedOn()).isEmpty();
        var linksTo115 = db.inTransaction(em -> {
            var repo = new JpaDocumentRepository(em);
            return repo.findLinksTo(repo.findByNumber(DocumentNumber.parse("115/2005/NĐ-CP"))).stream()
                    .map(l -> l.type() + " " + l.source().number().printed()).toList();
        });
        assertThat(linksTo115).containsExactly(LinkType.AMENDS + " 96/2010/NĐ-CP");
    }

    @Test
    void shouldFindTheQuarterOnlineDossierRatio() {
        Slice<Observation> online = db.inTransaction(em -> new JpaObservationRepository(em).find(
                ObservationCriteria.of(SCIENCE_AND_TECHNOLOGY, StandardIndicators.DOSSIERS_ONLINE, PERIOD), ALL));
        assertThat(online.items()).singleElement().satisfies(o -> {
            assertThat(o.value().ratio()).hasValueSatisfying(r -> assertThat(r.toString()).isEqualTo("4/9"));
            assertThat(o.report()).isPresent();
        });
    }

    @Test
    void shouldSeparateTotalsFromBreakdowns() {
        ObservationCriteria received = ObservationCriteria.of(SCIENCE_AND_TECHNOLOGY, StandardIndicators.DOSSIERS_RECEIVED, PERIOD);
        long all = db.inTransaction(em -> new JpaObservationRepository(em).count(received));
        long totals = db.inTransaction(em -> new JpaObservationRepository(em).count(new ObservationCriteria(
                received.unitCode(), received.indicatorCode(), 2022, 1, null, null, true, UnitScope.any())));
        assertThat(all).isEqualTo(6);
        assertThat(totals).isEqualTo(1);
    }

    @Test
    void shouldListTheSubmittedReportWithItsOutline() {
        Slice<Report> reports = db.inTransaction(em -> new JpaReportRepository(em).find(
                new ReportCriteria(SCIENCE_AND_TECHNOLOGY, 2022, 1, ReportStatus.SUBMITTED, null), ALL));
        assertThat(reports.items()).singleElement().satisfies(r -> {
            assertThat(r.sections()).extracting(s -> s.number()).containsExactly("I", "II", "III", "IV");
            assertThat(r.sections().get(3).items()).hasSize(9);
            assertThat(r.recipients()).hasSize(4);
        });
    }

    @Test
    void shouldListProceduresOfAField() {
        long count = db.inTransaction(em -> new JpaProcedureRepository(em)
                .count(new ProcedureCriteria(NgheAnSample.FIELD_ATOMIC_ENERGY, null, null, null, null)));
        assertThat(count).isEqualTo(2);
    }

    @Test
    void shouldListIndicatorsInAreaOrder() {
        var codes = db.inTransaction(em -> new JpaIndicatorRepository(em).all()).stream().map(Indicator::code).toList();
        assertThat(codes).hasSize(StandardIndicators.all().size()).startsWith("COMPLAINTS_RECEIVED").endsWith("PROCEDURES_ONLINE_LEVEL3");
    }
}
