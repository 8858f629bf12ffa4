// Quarter arithmetic and the procedures' online level on a day, from their dated history.

export const quarterIndex = (p) => p.year * 4 + (p.quarter - 1);
export const fromIndex = (i) => ({ year: Math.floor(i / 4), quarter: (i % 4) + 1 });
export const periodInput = (p) => ({ type: 'QUARTER', year: p.year, number: p.quarter });
export const sameQuarter = (a, b) => a.year === b.year && a.quarter === b.quarter;

/** The last day of a quarter, ISO-8601. */
export function lastDay(p) {
  const month = p.quarter * 3;
  return `${p.year}-${String(month).padStart(2, '0')}-${[31, 30, 30, 31][p.quarter - 1]}`;
}

/** The online level a procedure had on a day: the last dated change by then, or its level when it has no history. */
export function levelOn(procedure, day) {
  const history = procedure.onlineServiceHistory;
  if (!history.length) {
    return procedure.onlineService;
  }
  return history.filter((change) => change.effectiveFrom <= day).map((change) => change.onlineService).pop() ?? null;
}

/** How many of the procedures were fully and partly online on a day. */
export function onlineCounts(procedures, day) {
  const counts = { FULL: 0, PARTIAL: 0 };
  procedures.forEach((procedure) => {
    const level = levelOn(procedure, day);
    if (level in counts) {
      counts[level] += 1;
    }
  });
  return counts;
}
