package vn.cchc.sampledata.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import vn.cchc.domain.dossier.Dossier;
import vn.cchc.domain.dossier.DossierChannel;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.procedure.AdministrativeProcedure;
import vn.cchc.domain.procedure.OnlineService;

/**
 * The life of every dossier of the demo province, drawn from one seeded random stream in a fixed order, so that
 * the same seed and size always give the same records. What shapes them:
 * <ul>
 * <li>volume: each department's share, a quarterly season (fewer dossiers in Q1 around Tết, more in Q3 and at the
 * year's end), slow growth year on year; within a quarter, Mondays busier, Fridays quieter, the week after Tết
 * nearly empty; within a department, a few procedures take most dossiers;</li>
 * <li>channel: online only where the procedure is offered online on the day, and more often as years pass;</li>
 * <li>outcome: mostly early or on time, late more often in some departments and less often as years pass, a few
 * stalled for months, some returned or withdrawn; dossiers closing after the last day stay open, received or in
 * progress, and are carried over.</li>
 * </ul>
 * Every outcome goes through the domain ({@link Dossier#resolve}, {@link Dossier#returnToApplicant},
 * {@link Dossier#withdraw}), so the records keep the dossier's invariants.
 */
final class DossierSimulation {

    /** Volume by quarter of the year: Tết falls in Q1, applicants rush before the year closes. */
    private static final double[] SEASON = {0.82, 1.0, 1.06, 1.14};
    private static final double GROWTH_PER_YEAR = 0.07;
    private static final double WITHDRAWN = 0.01;
    private static final double RETURNED = 0.025;
    private static final double POST = 0.05;
    private static final double STILL_RECEIVED_WHEN_OPEN = 0.2;
    /** Dossiers stuck for months, waiting for another agency or for the applicant's missing papers. */
    private static final double STALLED = 0.015;

    private final WorkCalendar calendar;
    private final SplittableRandom random;
    private final List<DemoDepartment> departments;
    private final Period first;
    private final int quarters;
    private final LocalDate lastDay;

    DossierSimulation(WorkCalendar calendar, SplittableRandom random, List<DemoDepartment> departments, Period first,
                      int quarters) {
        this.calendar = calendar;
        this.random = random;
        this.departments = departments;
        this.first = first;
        this.quarters = quarters;
        this.lastDay = quarter(quarters - 1).endDate();
    }

    private Period quarter(int index) {
        Period p = first;
        for (int i = 0; i < index; i++) {
            p = p.next();
        }
        return p;
    }

    /**
     * How many dossiers each department receives in each quarter: exactly {@code total} in all, at least one per
     * department and quarter, the rest in proportion to share, season and growth (largest remainders first).
     */
    int[][] allocate(int total) {
        int cells = departments.size() * quarters;
        double[] weights = new double[cells];
        double sum = 0;
        for (int d = 0; d < departments.size(); d++) {
            for (int q = 0; q < quarters; q++) {
                double weight = departments.get(d).spec().dossierShare() * SEASON[quarter(q).number() - 1]
                        * StrictMath.pow(1 + GROWTH_PER_YEAR, q / 4.0);
                weights[d * quarters + q] = weight;
                sum += weight;
            }
        }
        int rest = total - cells;
        int[] counts = new int[cells];
        double[] remainders = new double[cells];
        int given = 0;
        for (int c = 0; c < cells; c++) {
            double exact = rest * weights[c] / sum;
            counts[c] = 1 + (int) exact;
            remainders[c] = exact - (int) exact;
            given += (int) exact;
        }
        Integer[] byRemainder = new Integer[cells];
        Arrays.setAll(byRemainder, c -> c);
        Arrays.sort(byRemainder, (a, b) -> remainders[a] != remainders[b] ? Double.compare(remainders[b], remainders[a]) : a - b);
        for (int i = 0; i < rest - given; i++) {
            counts[byRemainder[i]]++;
        }
        int[][] result = new int[departments.size()][quarters];
        for (int c = 0; c < cells; c++) {
            result[c / quarters][c % quarters] = counts[c];
        }
        return result;
    }

    /** Generates every dossier, department by department and day by day, into the store and the tally. */
    void run(int[][] counts, Consumer<Dossier> store, Tally tally) {
        for (int d = 0; d < departments.size(); d++) {
            DemoDepartment department = departments.get(d);
            double[] procedureWeights = cumulative(department.procedures().size());
            for (int q = 0; q < quarters; q++) {
                List<LocalDate> days = calendar.workdaysIn(quarter(q));
                int[] dayIndexes = drawDays(days, counts[d][q]);
                LocalDate previous = null;
                int sequence = 0;
                for (int dayIndex : dayIndexes) {
                    LocalDate day = days.get(dayIndex);
                    sequence = day.equals(previous) ? sequence + 1 : 1;
                    previous = day;
                    int p = pick(procedureWeights);
                    Dossier dossier = live(department, department.procedures().get(p), department.procedureSpec(p), day,
                            code(department, day, sequence));
                    store.accept(dossier);
                    tally.count(d, dossier);
                }
            }
        }
    }

    /** Cumulative weights of a department's procedures: the first in the catalogue are the most asked for. */
    private static double[] cumulative(int procedures) {
        double[] cumulative = new double[procedures];
        double sum = 0;
        for (int i = 0; i < procedures; i++) {
            sum += 1 / StrictMath.pow(i + 1, 1.1);
            cumulative[i] = sum;
        }
        return cumulative;
    }

    private int pick(double[] cumulative) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, target);
        return Math.min(i >= 0 ? i : -i - 1, cumulative.length - 1);
    }

    /** The received days of a quarter's dossiers, as indexes into its working days, in order. */
    private int[] drawDays(List<LocalDate> days, int count) {
        double[] cumulative = new double[days.size()];
        double sum = 0;
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            sum += calendar.isJustAfterTet(day) ? 0.4
                    : day.getDayOfWeek() == DayOfWeek.MONDAY ? 1.15
                    : day.getDayOfWeek() == DayOfWeek.FRIDAY ? 0.9
                    : 1.0;
            cumulative[i] = sum;
        }
        int[] drawn = new int[count];
        for (int i = 0; i < count; i++) {
            drawn[i] = pick(cumulative);
        }
        Arrays.sort(drawn);
        return drawn;
    }

    /** "MH-STP-240315-0007": the shop's prefix, the day received, the number of the day; unique per unit. */
    private static String code(DemoDepartment department, LocalDate day, int sequence) {
        StringBuilder code = new StringBuilder(24).append(DemoProvince.CODE_PREFIX).append(department.spec().symbol()).append('-');
        twoDigits(code, day.getYear() % 100);
        twoDigits(code, day.getMonthValue());
        twoDigits(code, day.getDayOfMonth());
        String number = Integer.toString(sequence);
        code.append('-').append("0000", Math.min(4, number.length()), 4).append(number);
        return code.toString();
    }

    private static void twoDigits(StringBuilder into, int value) {
        into.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    /** One dossier from its receipt to where it stands on the last day. */
    private Dossier live(DemoDepartment department, AdministrativeProcedure procedure, Catalogue.Procedure spec,
                         LocalDate received, String code) {
        int days = spec.processingDays();
        LocalDate due = calendar.plusWorkdays(received, days);
        double time = (double) (received.toEpochDay() - first.startDate().toEpochDay())
                / (lastDay.toEpochDay() - first.startDate().toEpochDay());
        Dossier dossier = new Dossier(code, procedure, department.oneStopShop(), received, due,
                channel(procedure.onlineServiceOn(received).orElse(OnlineService.NONE), time), spec.kind());

        double outcome = random.nextDouble();
        if (outcome < WITHDRAWN) {
            LocalDate on = calendar.plusWorkdays(received, random.nextInt(days + 1));
            closeOrKeepOpen(dossier, on, () -> dossier.withdraw(on));
        } else if (outcome < WITHDRAWN + RETURNED) {
            LocalDate on = calendar.plusWorkdays(received, random.nextInt(3));
            closeOrKeepOpen(dossier, on, () -> dossier.returnToApplicant(on));
        } else {
            LocalDate on = resolutionDay(department, received, due, days, time);
            closeOrKeepOpen(dossier, on, () -> dossier.resolve(on));
        }
        return dossier;
    }

    private DossierChannel channel(OnlineService service, double time) {
        double onlineShare = switch (service) {
            case FULL -> 0.35 + 0.5 * time;
            case PARTIAL -> 0.2 + 0.4 * time;
            case NONE -> 0;
        };
        if (random.nextDouble() < onlineShare) {
            return DossierChannel.ONLINE;
        }
        return random.nextDouble() < POST ? DossierChannel.POST : DossierChannel.IN_PERSON;
    }

    /**
     * Late in proportion to the department's habit, improving with time, or months late when stalled; early more
     * often with time.
     */
    private LocalDate resolutionDay(DemoDepartment department, LocalDate received, LocalDate due, int days, double time) {
        if (random.nextDouble() < STALLED) {
            return calendar.plusWorkdays(due, 20 + random.nextInt(100));
        }
        double lateRate = department.spec().lateRate() * (1.4 - 0.8 * time);
        if (random.nextDouble() < lateRate) {
            // how many days late: mostly a few, sometimes weeks
            int extra = 1 + (int) Math.min(40, StrictMath.log(1 - random.nextDouble()) / StrictMath.log(0.8));
            return calendar.plusWorkdays(due, extra);
        }
        if (days > 0 && random.nextDouble() < 0.55 + 0.2 * time) {
            return calendar.plusWorkdays(received, random.nextInt(days));
        }
        return due;
    }

    /** Closes the dossier on the day, unless that day is after the last one: then it is still open. */
    private void closeOrKeepOpen(Dossier dossier, LocalDate on, Runnable close) {
        if (!on.isAfter(lastDay)) {
            close.run();
        } else if (random.nextDouble() >= STILL_RECEIVED_WHEN_OPEN) {
            dossier.startProcessing();
        }
    }
}
