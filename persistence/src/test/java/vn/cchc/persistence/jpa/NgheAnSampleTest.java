package vn.cchc.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.sampledata.sample.NgheAnSample.PERIOD;
import static vn.cchc.sampledata.sample.NgheAnSample.SCIENCE_AND_TECHNOLOGY;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cchc.domain.document.Document;
import vn.cchc.domain.document.DocumentAttribute;
import vn.cchc.domain.document.DocumentKind;
import vn.cchc.domain.document.DocumentNumber;
import vn.cchc.domain.document.LinkType;
import vn.cchc.domain.indicator.Indicator;
import vn.cchc.domain.indicator.IndicatorAttribute;
import vn.cchc.domain.indicator.Observation;
import vn.cchc.domain.indicator.ObservationAttribute;
import vn.cchc.domain.indicator.StandardIndicators;
import vn.cchc.domain.period.PeriodType;
import vn.cchc.domain.procedure.ProcedureAttribute;
import vn.cchc.domain.procedure.ProcedureFieldAttribute;
import vn.cchc.domain.report.Report;
import vn.cchc.domain.report.ReportAttribute;
import vn.cchc.domain.report.ReportStatus;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.shared.Criteria;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.shared.Slice;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitAttribute;
import vn.cchc.domain.unit.UnitKind;
import vn.cchc.sampledata.sample.NgheAnSample;

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
        return new NgheAnSample(SampleRepositories.on(em));
    }

    @Test
    void shouldKnowItIsLoaded() {
        boolean loaded = db.inTransaction(em -> sample(em).isLoaded());
        assertThat(loaded).isTrue();
    }

    @Test
    void shouldListTheSubtreeOfTheDepartment() {
        Slice<Unit> subtree = db.inTransaction(em -> new JpaUnitRepository(em)
                .find(Criteria.where(new Condition.WithinSubtree(SCIENCE_AND_TECHNOLOGY)), ALL));
        assertThat(subtree.items()).extracting(Unit::code).containsExactly(
                "NA-SKHCN", "NA-SKHCN-MC", "NA-SKHCN-TTKT", "NA-SKHCN-TTTT", "NA-SKHCN-TTUD", "NA-SKHCN-TTXH", "NA-SKHCN-VP");
        assertThat(subtree.hasNext()).isFalse();
    }

    @Test
    void shouldListChildrenByKindAndPageThem() {
        Condition serviceUnits = Condition.and(Condition.related(UnitAttribute.PARENT, Condition.eq(UnitAttribute.CODE, SCIENCE_AND_TECHNOLOGY)),
                Condition.eq(UnitAttribute.KIND, UnitKind.PUBLIC_SERVICE_UNIT));
        long count = db.inTransaction(em -> new JpaUnitRepository(em)
                .count(serviceUnits));
        assertThat(count).isEqualTo(4);
        Slice<Unit> firstTwo = db.inTransaction(em -> new JpaUnitRepository(em)
                .find(Criteria.where(serviceUnits), new PageRequest(0, 2)));
        assertThat(firstTwo.items()).hasSize(2);
        assertThat(firstTwo.hasNext()).isTrue();
        Slice<Unit> rest = db.inTransaction(em -> new JpaUnitRepository(em)
                .find(Criteria.where(serviceUnits), new PageRequest(2, 2)));
        assertThat(rest.items()).hasSize(2).doesNotContainAnyElementsOf(firstTwo.items());
        assertThat(rest.hasNext()).isFalse();
    }

    @Test
    void shouldFindTheDepartmentsPlansIssuedInFebruary() {
        Slice<Document> plans = db.inTransaction(em -> new JpaDocumentRepository(em).find(Criteria.where(Condition.and(
                Condition.eq(DocumentAttribute.KIND, DocumentKind.PLAN), issuedBy(SCIENCE_AND_TECHNOLOGY),
                new Condition.Compare(DocumentAttribute.ISSUED_ON, Condition.Operator.GTE, LocalDate.of(2022, 2, 1)),
                new Condition.Compare(DocumentAttribute.ISSUED_ON, Condition.Operator.LTE, LocalDate.of(2022, 2, 28)))), ALL));
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
        var second = db.inTransaction(em -> new JpaDocumentRepository(em).findPerUnit(DocumentAttribute.ISSUER, ids,
                Criteria.all(), new PageRequest(2, 2)));
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
        var totals = db.inTransaction(em -> new JpaObservationRepository(em).findPerParent(ObservationAttribute.UNIT, ids,
                Criteria.where(Condition.and(inQ1Of2022(), Condition.eq(ObservationAttribute.BREAKDOWN_KEY, ""))), new PageRequest(0, 100)));
        assertThat(totals.total(ids.get(0))).as("nine totals; ISO adoption is the province's").isEqualTo(9);
        assertThat(totals.of(ids.get(1)).items()).extracting(o -> o.indicator().code())
                .containsExactly(StandardIndicators.ISO_9001_2015_ADOPTION);
    }

    @Test
    void shouldSearchWithoutCaseOrDiacritics() {
        Slice<Document> found = db.inTransaction(em -> new JpaDocumentRepository(em).find(
                Criteria.where(Condition.and(issuedBy(SCIENCE_AND_TECHNOLOGY), Condition.search("KIEM SOAT thu tuc"))), ALL));
        assertThat(found.items()).extracting(d -> d.number().printed())
                .containsExactlyInAnyOrder("87/SKHCN-VP", "156/SKHCN-VP", "157/SKHCN-VP");
        long units = db.inTransaction(em -> new JpaUnitRepository(em).count(Condition.search("so noi vu")));
        assertThat(units).isEqualTo(1);
        long byNumber = db.inTransaction(em -> new JpaDocumentRepository(em).count(Condition.search("qđ-ubnd")));
        assertThat(byNumber).as("01/2022, 5165, 291 and 04/2015 are QĐ-UBND").isEqualTo(4);
        long percent = db.inTransaction(em -> new JpaUnitRepository(em).count(Condition.search("100%")));
        assertThat(percent).as("LIKE wildcards in the words are plain characters").isZero();
    }

    @Test
    void shouldFilterThroughTheIssuersPlaceAndKind() {
        Slice<Document> departmentPlans = db.inTransaction(em -> new JpaDocumentRepository(em).find(Criteria.where(Condition.and(
                Condition.eq(DocumentAttribute.KIND, DocumentKind.PLAN),
                new Condition.Compare(DocumentAttribute.ISSUED_ON, Condition.Operator.GTE, LocalDate.of(2022, 2, 1)),
                new Condition.Compare(DocumentAttribute.ISSUED_ON, Condition.Operator.LTE, LocalDate.of(2022, 2, 28)),
                Condition.search("kiem soat thu tuc"),
                Condition.related(DocumentAttribute.ISSUER, Condition.and(new Condition.WithinSubtree(NgheAnSample.PROVINCE),
                        Condition.eq(UnitAttribute.KIND, UnitKind.DEPARTMENT))))), ALL));
        assertThat(departmentPlans.items()).extracting(d -> d.number().printed())
                .containsExactly("87/SKHCN-VP", "156/SKHCN-VP", "157/SKHCN-VP");
        long outsideTheProvince = db.inTransaction(em -> new JpaDocumentRepository(em).count(
                Condition.related(DocumentAttribute.ISSUER, new Condition.WithinSubtree(NgheAnSample.PROVINCE))));
        assertThat(outsideTheProvince).as("all but the five decrees of the Government").isEqualTo(11);
        long provinceObservations = db.inTransaction(em -> new JpaObservationRepository(em).count(
                Condition.related(ObservationAttribute.INDICATOR, Condition.eq(IndicatorAttribute.CODE, StandardIndicators.ISO_9001_2015_ADOPTION))));
        long ofProvinces = db.inTransaction(em -> new JpaObservationRepository(em).count(
                Condition.related(ObservationAttribute.UNIT, Condition.eq(UnitAttribute.KIND, UnitKind.PROVINCE))));
        assertThat(ofProvinces).isEqualTo(provinceObservations).isEqualTo(1);
    }

    @Test
    void shouldOrderUndatedDocumentsLast() {
        Slice<Document> decrees = db.inTransaction(em -> new JpaDocumentRepository(em).find(
                Criteria.where(Condition.eq(DocumentAttribute.KIND, DocumentKind.DECREE)), ALL));
        assertThat(decrees.items()).extracting(d -> d.number().printed())
                .containsExactly("130/2005/NĐ-CP", "117/2013/NĐ-CP", "16/2015/NĐ-CP", "115/2005/NĐ-CP", "96/2010/NĐ-CP");
    }

    @Test
    void shouldFindDocumentsDraftedByTheDepartment() {
        Slice<Document> drafted = db.inTransaction(em -> new JpaDocumentRepository(em).find(Criteria.where(
                Condition.related(DocumentAttribute.DRAFTER, Condition.eq(UnitAttribute.CODE, SCIENCE_AND_TECHNOLOGY))), ALL));
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
                Criteria.where(observationsOf(StandardIndicators.DOSSIERS_ONLINE)), ALL));
        assertThat(online.items()).singleElement().satisfies(o -> {
            assertThat(o.value().ratio()).hasValueSatisfying(r -> assertThat(r.toString()).isEqualTo("4/9"));
            assertThat(o.report()).isPresent();
        });
    }

    @Test
    void shouldSeparateTotalsFromBreakdowns() {
        Condition received = observationsOf(StandardIndicators.DOSSIERS_RECEIVED);
        long all = db.inTransaction(em -> new JpaObservationRepository(em).count(received));
        long totals = db.inTransaction(em -> new JpaObservationRepository(em).count(
                Condition.and(received, Condition.eq(ObservationAttribute.BREAKDOWN_KEY, ""))));
        assertThat(all).isEqualTo(6);
        assertThat(totals).isEqualTo(1);
    }

    @Test
    void shouldListTheSubmittedReportWithItsOutline() {
        Slice<Report> reports = db.inTransaction(em -> new JpaReportRepository(em).find(Criteria.where(Condition.and(
                Condition.related(ReportAttribute.UNIT, Condition.eq(UnitAttribute.CODE, SCIENCE_AND_TECHNOLOGY)),
                Condition.eq(ReportAttribute.PERIOD_YEAR, 2022), Condition.eq(ReportAttribute.PERIOD_TYPE, PeriodType.QUARTER),
                Condition.eq(ReportAttribute.PERIOD_NUMBER, 1), Condition.eq(ReportAttribute.STATUS, ReportStatus.SUBMITTED))), ALL));
        assertThat(reports.items()).singleElement().satisfies(r -> {
            assertThat(r.sections()).extracting(s -> s.number()).containsExactly("I", "II", "III", "IV");
            assertThat(r.sections().get(3).items()).hasSize(9);
            assertThat(r.recipients()).hasSize(4);
        });
    }

    @Test
    void shouldListProceduresOfAField() {
        long count = db.inTransaction(em -> new JpaProcedureRepository(em)
                .count(Condition.related(ProcedureAttribute.FIELD,
                        Condition.eq(ProcedureFieldAttribute.CODE, NgheAnSample.FIELD_ATOMIC_ENERGY))));
        assertThat(count).isEqualTo(2);
    }

    @Test
    void shouldListIndicatorsInAreaOrder() {
        var codes = db.inTransaction(em -> new JpaIndicatorRepository(em).all()).stream().map(Indicator::code).toList();
        assertThat(codes).hasSize(StandardIndicators.all().size()).startsWith("COMPLAINTS_RECEIVED").endsWith("PROCEDURES_ONLINE_LEVEL3");
    }

    private static Condition issuedBy(String unitCode) {
        return Condition.related(DocumentAttribute.ISSUER, Condition.eq(UnitAttribute.CODE, unitCode));
    }

    private static Condition inQ1Of2022() {
        return Condition.and(Condition.eq(ObservationAttribute.PERIOD_YEAR, PERIOD.year()),
                Condition.eq(ObservationAttribute.PERIOD_TYPE, PeriodType.QUARTER),
                Condition.eq(ObservationAttribute.PERIOD_NUMBER, PERIOD.number()));
    }

    /** The department's observations of the indicator in the report's quarter. */
    private static Condition observationsOf(String indicatorCode) {
        return Condition.and(inQ1Of2022(),
                Condition.related(ObservationAttribute.UNIT, Condition.eq(UnitAttribute.CODE, SCIENCE_AND_TECHNOLOGY)),
                Condition.related(ObservationAttribute.INDICATOR, Condition.eq(IndicatorAttribute.CODE, indicatorCode)));
    }
}
