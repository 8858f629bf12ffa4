package vn.cchc.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cchc.domain.dossier.Dossier;
import vn.cchc.domain.dossier.DossierChannel;
import vn.cchc.domain.dossier.DossierKind;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.period.PeriodType;
import vn.cchc.domain.procedure.AdministrativeProcedure;
import vn.cchc.domain.shared.DomainException;
import vn.cchc.domain.statistics.DossierCounts;
import vn.cchc.domain.statistics.DossierSummary;
import vn.cchc.domain.unit.Unit;

/**
 * The quarterly dossier summary in four tables: {@link DossierQuarterSummary} (by unit, procedure, channel, kind and
 * quarter), {@link UnitQuarterSummary} (its sums by unit and quarter), {@link UnitHalfMonthSummary} (by unit and
 * half-month, for reporting windows cut on the 15th) and {@link SummarizedQuarter} (the quarters covered, with their
 * half-months). A quarter is summarised by deleting its rows and counting them again with {@link DossierScan}, the
 * same statement statistics use on the dossiers, so both roads give the same numbers by construction.
 */
@ApplicationScoped
public class JpaDossierSummary implements DossierSummary {

    /** A quarter's position in the sequence of quarters, comparable across years in JPQL; {@code %s} is the alias. */
    static final String QUARTER_ORDINAL = "(%1$s.quarter.year * 4 + %1$s.quarter.number)";

    @PersistenceContext(unitName = "cchc")
    private EntityManager em;

    protected JpaDossierSummary() {
        // for CDI
    }

    public JpaDossierSummary(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(Collection<Unit> units, Period first, Period last) {
        DomainException.require(isQuarter(first) && isQuarter(last) && first.compareTo(last) <= 0, "INVALID_PERIOD",
                "the summary is refreshed from one quarter to a later one, not from " + first + " to " + last);
        if (units.isEmpty()) {
            return;
        }
        em.flush(); // the counting statements read the database, which must hold this transaction's writes
        List<Long> unitIds = units.stream().map(Unit::id).distinct().toList();
        Optional<Quarters> covered = coverage();
        if (covered.isEmpty()) {
            summarise(first, last);
            return;
        }
        Period coveredFirst = covered.get().first();
        Period coveredLast = covered.get().last();
        if (first.compareTo(coveredFirst) < 0) {
            summarise(first, coveredFirst.previous());
        }
        if (last.compareTo(coveredLast) > 0) {
            summarise(coveredLast.next(), last);
        }
        Period from = first.compareTo(coveredFirst) < 0 ? coveredFirst : first;
        for (Period quarter = from; quarter.compareTo(coveredLast) <= 0; quarter = quarter.next()) {
            summariseQuarter(quarter, unitIds);
        }
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void buildIfMissing() {
        if (coverage().isPresent()) {
            return;
        }
        Object[] span = em.createQuery("SELECT MIN(d.receivedOn), MAX(d.receivedOn), MAX(d.closedOn) FROM Dossier d",
                Object[].class).getSingleResult();
        if (span[0] == null) {
            return;
        }
        LocalDate lastReceived = (LocalDate) span[1];
        LocalDate lastDay = span[2] == null || lastReceived.isAfter((LocalDate) span[2]) ? lastReceived : (LocalDate) span[2];
        summarise(Period.quarterOf((LocalDate) span[0]), Period.quarterOf(lastDay));
    }

    @Override
    public boolean covers(Period from, Period through) {
        return covers(from.startDate(), through.endDate());
    }

    /** True when the summary holds every quarter, and so every half-month, from day {@code from} to day {@code through}. */
    boolean covers(LocalDate from, LocalDate through) {
        int first = ordinal(Period.quarterOf(from));
        int last = ordinal(Period.quarterOf(through));
        long covered = em.createQuery("SELECT COUNT(q) FROM SummarizedQuarter q WHERE " + QUARTER_ORDINAL.formatted("q")
                        + " BETWEEN :first AND :last", Long.class)
                .setParameter("first", first).setParameter("last", last).getSingleResult();
        return covered == last - first + 1;
    }

    /** Consecutive quarters from {@code first} to {@code last}. */
    private record Quarters(Period first, Period last) {
    }

    /** The quarters covered, if any (they are consecutive). */
    private Optional<Quarters> coverage() {
        String ordinal = QUARTER_ORDINAL.formatted("q");
        Object[] span = em.createQuery("SELECT MIN(" + ordinal + "), MAX(" + ordinal + ") FROM SummarizedQuarter q",
                Object[].class).getSingleResult();
        return span[0] == null ? Optional.empty()
                : Optional.of(new Quarters(quarter(((Number) span[0]).intValue()), quarter(((Number) span[1]).intValue())));
    }

    /** Summarises every unit for the quarters from {@code first} to {@code last}, not covered yet; covers them. */
    private void summarise(Period first, Period last) {
        for (Period quarter = first; quarter.compareTo(last) <= 0; quarter = quarter.next()) {
            summariseQuarter(quarter, null);
            em.persist(new SummarizedQuarter(quarter));
        }
    }

    /** Replaces the rows of one quarter and of its half-months, for these units or (null) for every unit. */
    private void summariseQuarter(Period quarter, Collection<Long> unitIds) {
        for (String entity : List.of("DossierQuarterSummary", "UnitQuarterSummary")) {
            var delete = em.createQuery("DELETE FROM " + entity + " s WHERE s.quarter.year = :year AND s.quarter.number = :number"
                            + (unitIds == null ? "" : " AND s.unit.id IN :units"))
                    .setParameter("year", quarter.year()).setParameter("number", quarter.number());
            if (unitIds != null) {
                delete.setParameter("units", unitIds);
            }
            delete.executeUpdate();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
        Root<Dossier> d = q.from(Dossier.class);
        Path<Long> unitId = d.get("unit").get("id");
        List<Expression<?>> keys = List.of(unitId, d.get("procedure").get("id"), d.get("channel"), d.get("kind"));
        Map<Long, DossierCounts> perUnit = new HashMap<>();
        DossierScan.count(em, q, d, keys, unitIds == null ? List.of() : List.of(unitId.in(unitIds)), List.of(quarter),
                (p, row) -> {
                    DossierCounts counts = DossierScan.counts(row, keys.size());
                    em.persist(new DossierQuarterSummary(em.getReference(Unit.class, row[0]),
                            em.getReference(AdministrativeProcedure.class, row[1]), (DossierChannel) row[2], (DossierKind) row[3],
                            quarter, counts));
                    perUnit.merge((Long) row[0], counts, DossierCounts::plus);
                });
        perUnit.forEach((unit, counts) -> em.persist(new UnitQuarterSummary(em.getReference(Unit.class, unit), quarter, counts)));
        // after the quarter's rows, whose delete is where concurrent refreshes of the same rows wait for each other
        summariseHalfMonths(quarter, unitIds);
    }

    /** Replaces the rows of the six half-months of one quarter, for these units or (null) for every unit. */
    private void summariseHalfMonths(Period quarter, Collection<Long> unitIds) {
        var delete = em.createQuery("DELETE FROM UnitHalfMonthSummary s WHERE s.startsOn BETWEEN :start AND :end"
                        + (unitIds == null ? "" : " AND s.unit.id IN :units"))
                .setParameter("start", quarter.startDate()).setParameter("end", quarter.endDate());
        if (unitIds != null) {
            delete.setParameter("units", unitIds);
        }
        delete.executeUpdate();
        List<LocalDate> halves = new ArrayList<>();
        for (LocalDate start = quarter.startDate(); !start.isAfter(quarter.endDate());
             start = UnitHalfMonthSummary.endOf(start).plusDays(1)) {
            halves.add(start);
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
        Root<Dossier> d = q.from(Dossier.class);
        Path<Long> unitId = d.get("unit").get("id");
        DossierScan.count(em, q, d, List.of(unitId), unitIds == null ? List.of() : List.of(unitId.in(unitIds)), halves,
                start -> start, UnitHalfMonthSummary::endOf,
                (start, row) -> em.persist(new UnitHalfMonthSummary(em.getReference(Unit.class, row[0]), start,
                        DossierScan.counts(row, 1))));
    }

    private static boolean isQuarter(Period period) {
        return period != null && period.type() == PeriodType.QUARTER;
    }

    static int ordinal(Period quarter) {
        return quarter.year() * 4 + quarter.number();
    }

    private static Period quarter(int ordinal) {
        return Period.quarter((ordinal - 1) / 4, (ordinal - 1) % 4 + 1);
    }
}
