// Quarter arithmetic, and the tally of the procedures' online levels the API gives for a day.

export const quarterIndex = (p) => p.year * 4 + (p.quarter - 1);
export const fromIndex = (i) => ({ year: Math.floor(i / 4), quarter: (i % 4) + 1 });
export const periodInput = (p) => ({ type: 'QUARTER', year: p.year, number: p.quarter });
export const sameQuarter = (a, b) => a.year === b.year && a.quarter === b.quarter;

/** The last day of a quarter, ISO-8601. */
export function lastDay(p) {
  const month = p.quarter * 3;
  return `${p.year}-${String(month).padStart(2, '0')}-${[31, 30, 30, 31][p.quarter - 1]}`;
}

/** The last days of the quarters from `first` to `last`, in order: the days the dashboard counts procedures on. */
export function lastDays(first, last) {
  return Array.from({ length: quarterIndex(last) - quarterIndex(first) + 1 }, (_, i) => lastDay(fromIndex(quarterIndex(first) + i)));
}

/**
 * How many of the procedures were fully and partly online on a day, as the API answered each one's level that day
 * (`onlineServiceOn`); a day the query did not ask is an error, not a count of 0.
 */
export function onlineCounts(procedures, day) {
  const counts = { FULL: 0, PARTIAL: 0 };
  procedures.forEach((procedure) => {
    const on = procedure.onlineServiceOn.find((answer) => answer.day === day);
    if (!on) {
      throw new Error(`the online levels were not asked for ${day}`);
    }
    if (on.onlineService in counts) {
      counts[on.onlineService] += 1;
    }
  });
  return counts;
}
