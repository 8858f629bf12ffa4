// The dashboard's and the report page's own queries (webapp/src/main/frontend/src/common/queries.js), as typed
// documents that GraphQL Code Generator made from them and the committed schema, sent with Apollo Client the way the
// pages send them: tsc checks every variable given and every result field read here against the schema's types.
import type { ApolloClient, NormalizedCacheObject } from '@apollo/client/core/index.js';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  DepartmentRankingDocument,
  DepartmentStatisticsDocument,
  OverviewDocument,
  ProvinceProceduresDocument,
  ProvincesDocument,
  QuartersDocument,
  ReportDocument,
  UnitDocument,
  UnitObservationsDocument,
  UnitProceduresDocument,
  UnitReportsDocument,
  UnitStatisticsByFieldDocument,
  type DossierRate,
  type PeriodInput,
  type SectionFragment,
} from '../generated/graphql.js';

/** Runs one named check, records whether it passed, and gives its result; a failed check rethrows. */
export type Step = <T>(check: string, run: () => Promise<T>) => Promise<T>;

type Client = ApolloClient<NormalizedCacheObject>;

/** A quarter as the dashboard keeps it (dashboard/quarters.js). */
interface Quarter {
  year: number;
  quarter: number;
}

// the same constants as dashboard/main.js
const SERIES_LENGTH = 8;
const QUARTERS_LOOKED_AT = 40;
const RATES: DossierRate[] = ['ON_TIME', 'ONLINE', 'LATE'];
/** The sample data's province, there on every server: the walk must find it with data. */
const SAMPLE_PROVINCE = 'NA';

const quarterIndex = (q: Quarter): number => q.year * 4 + (q.quarter - 1);
const fromIndex = (i: number): Quarter => ({ year: Math.floor(i / 4), quarter: (i % 4) + 1 });
const periodInput = (q: Quarter): PeriodInput => ({ type: 'QUARTER', year: q.year, number: q.quarter });
const label = (q: Quarter): string => `${q.year}-Q${q.quarter}`;
/** The last day of a quarter, ISO-8601 (lastDay in dashboard/quarters.js). */
const lastDay = (q: Quarter): string => `${q.year}-${String(q.quarter * 3).padStart(2, '0')}-${[31, 30, 30, 31][q.quarter - 1]}`;

function need(condition: unknown, message: string): asserts condition {
  if (!condition) {
    throw new Error(message);
  }
}

/** The data of a query that must answer without errors, typed by its document. */
async function data<TData, TVariables extends Record<string, unknown>>(
  client: Client, query: TypedDocumentNode<TData, TVariables>, variables: TVariables,
): Promise<TData> {
  const result = await client.query({ query, variables });
  need(!result.errors?.length, `errors: ${JSON.stringify(result.errors)}`);
  need(result.data, 'no data');
  return result.data;
}

interface Connection<TNode> {
  nodes: TNode[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Every node of a root connection, page after page, as allNodes in common/graphql.js reads the long lists. */
async function allNodes<TData, TVariables extends Record<string, unknown> & { after?: string | null | undefined }, TNode>(
  client: Client, query: TypedDocumentNode<TData, TVariables>, variables: Omit<TVariables, 'after'>,
  connection: (answer: TData) => Connection<TNode>,
): Promise<TNode[]> {
  const nodes: TNode[] = [];
  let after: string | null = null;
  do {
    // the document's variables are exactly these and the cursor
    const page: Connection<TNode> = connection(await data(client, query, { ...variables, after } as TVariables));
    nodes.push(...page.nodes);
    need(!page.pageInfo.hasNextPage || page.pageInfo.endCursor, 'a next page without a cursor');
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

/** A section of a report's outline as the report page asks it (its `section` fragment), at any depth. */
type Outline = SectionFragment & { subsections?: Outline[] };

/** Every section of an outline with the sub-sections below it, as the report page draws them. */
function flatten(sections: Outline[]): Outline[] {
  return sections.flatMap((s) => [s, ...flatten(s.subsections ?? [])]);
}

/**
 * What a user of the dashboard sees for every province: its quarters with data, the latest and the earliest of them
 * opened, each with its overview, procedures, department figures and rankings, and the first department and the best
 * ranked one opened with all their lists and their reports as the report page shows them.
 */
export async function walkDashboard(client: Client, step: Step, today = new Date()): Promise<void> {
  const provinces = await step('Provinces', async () => {
    const answer = await data(client, ProvincesDocument, {});
    need(answer.units.nodes.some((p) => p.code === SAMPLE_PROVINCE), `no province ${SAMPLE_PROVINCE}`);
    return answer.units.nodes;
  });
  for (const province of provinces) {
    try {
      await walkProvince(client, step, province.code, today);
    } catch {
      // the failed step has been recorded; the other provinces still get their walk
    }
  }
}

async function walkProvince(client: Client, step: Step, province: string, today: Date): Promise<void> {
  const last = quarterIndex({ year: today.getFullYear(), quarter: Math.floor(today.getMonth() / 3) + 1 });
  const quarters = await step(`${province} Quarters`, async () => {
    const answer = await data(client, QuartersDocument, {
      province, from: periodInput(fromIndex(last - QUARTERS_LOOKED_AT + 1)), to: periodInput(fromIndex(last)),
    });
    need(answer.dossierStatistics.length === QUARTERS_LOOKED_AT, `${answer.dossierStatistics.length} quarters of statistics`);
    const withData = new Set<number>();
    for (const s of answer.dossierStatistics) {
      need(s.period.quarter !== null, 'a quarter without its number');
      if (s.received > 0) withData.add(quarterIndex({ year: s.period.year, quarter: s.period.quarter }));
    }
    for (const point of answer.observationSeries.flatMap((s) => s.points)) {
      if (point.value && point.period.quarter !== null) {
        withData.add(quarterIndex({ year: point.period.year, quarter: point.period.quarter }));
      }
    }
    const found = [...withData].sort((a, b) => b - a).map(fromIndex);
    need(province !== SAMPLE_PROVINCE || found.some((q) => q.year === 2022 && q.quarter === 1),
      `no data found in 2022-Q1 (quarters: ${found.map(label).join(', ')})`);
    return found;
  });
  // the dashboard opens the latest quarter; the earliest is the other end of what a user can pick
  const opened = [...new Set([quarters[0], quarters[quarters.length - 1]])].filter((q): q is Quarter => q !== undefined);
  for (const quarter of opened) {
    await walkQuarter(client, step, province, quarter);
  }
}

async function walkQuarter(client: Client, step: Step, province: string, quarter: Quarter): Promise<void> {
  const at = `${province} ${label(quarter)}`;
  const period = periodInput(quarter);
  const departments = await step(`${at} Overview`, async () => {
    const answer = await data(client, OverviewDocument, {
      province, from: periodInput(fromIndex(quarterIndex(quarter) - SERIES_LENGTH + 1)), to: period,
    });
    need(answer.unit?.code === province, `unit ${answer.unit?.code}`);
    need(answer.dossierStatistics.length === SERIES_LENGTH, `${answer.dossierStatistics.length} quarters of statistics`);
    const current = answer.dossierStatistics[SERIES_LENGTH - 1];
    need(current?.period.quarter === quarter.quarter && current.period.label, `the last quarter is ${JSON.stringify(current?.period)}`);
    need(current.onlineRate.numerator <= current.onlineRate.denominator, 'an online rate over 100 %');
    for (const series of [answer.received, answer.online, answer.late]) {
      series.flatMap((s) => s.points).forEach((p) => need(p.value === null || p.value.value >= 0, 'a negative value'));
    }
    need(answer.units.nodes.length > 0, 'no departments');
    return answer.units.nodes;
  });
  const codes = new Set(departments.map((d) => d.code));
  await step(`${at} ProvinceProcedures`, async () => {
    // the last day of each charted quarter, as lastDays in dashboard/quarters.js gives them
    const days = Array.from({ length: SERIES_LENGTH }, (_, i) => lastDay(fromIndex(quarterIndex(quarter) - SERIES_LENGTH + 1 + i)));
    const procedures = await allNodes(client, ProvinceProceduresDocument, { province, days }, (a) => a.procedures);
    procedures.forEach((p) => need(codes.has(p.competentUnit.code), `${p.code} of ${p.competentUnit.code}, not a department`));
    // what onlineCounts in dashboard/quarters.js reads: one answer per day asked, in the order asked
    procedures.forEach((p) => need(p.onlineServiceOn.map((on) => on.day).join() === days.join(),
      `${p.code}: levels on ${p.onlineServiceOn.map((on) => on.day).join()}, asked ${days.join()}`));
  });
  await step(`${at} DepartmentStatistics`, async () => {
    const answer = await data(client, DepartmentStatisticsDocument, { province, period });
    answer.dossierStatistics.forEach((s) => need(s.subtree && codes.has(s.subtree.code), `subtree ${s.subtree?.code}`));
    answer.dossierStatistics.forEach((s) => need(s.resolvedEarly + s.resolvedOnTime + s.resolvedLate === s.resolved,
      `${s.subtree?.code}: resolved ${s.resolved} is not early + on time + late`));
  });
  let best: string | undefined;
  for (const rate of RATES) {
    await step(`${at} DepartmentRanking ${rate}`, async () => {
      const answer = await data(client, DepartmentRankingDocument, { province, period, rate });
      need(answer.ranking, 'no ranking');
      answer.ranking.entries.forEach((e) => need(codes.has(e.unit.code), `ranked ${e.unit.code}, not a department`));
      best ??= answer.ranking.entries.find((e) => e.rank === 1)?.unit.code;
    });
  }
  for (const unit of new Set([departments[0]?.code, best].filter((c): c is string => c !== undefined))) {
    await walkUnit(client, step, `${at} ${unit}`, unit, quarter);
  }
}

/** A department opened on the dashboard (openUnit in dashboard/main.js), and its reports on the report page. */
async function walkUnit(client: Client, step: Step, at: string, unit: string, quarter: Quarter): Promise<void> {
  await step(`${at} Unit`, async () => {
    const answer = await data(client, UnitDocument, { unit });
    need(answer.unit?.code === unit && answer.unit.name, `unit ${JSON.stringify(answer.unit)}`);
  });
  await step(`${at} UnitProcedures`, async () => {
    const procedures = await allNodes(client, UnitProceduresDocument, { unit }, (a) => a.procedures);
    procedures.forEach((p) => need(p.name && p.field.name, `${p.code} without its name or field`));
  });
  await step(`${at} UnitStatisticsByField`, async () => {
    const answer = await data(client, UnitStatisticsByFieldDocument, { unit, period: periodInput(quarter) });
    answer.dossierStatistics.forEach((s) => need(s.field?.code, 'a row without its field'));
  });
  await step(`${at} UnitObservations`, async () => {
    const observations = await allNodes(client, UnitObservationsDocument, { unit, year: quarter.year, quarter: quarter.quarter },
      (a) => a.observations);
    observations.forEach((o) => need(o.indicator.code && o.indicator.nameVi, 'an observation without its indicator'));
    observations.filter((o) => o.denominator !== null).forEach((o) => need(o.numerator !== null, `${o.indicator.code}: y without x`));
  });
  const reports = await step(`${at} UnitReports`, () => allNodes(client, UnitReportsDocument, { unit }, (a) => a.reports));
  for (const { id } of reports) {
    await step(`${at} Report ${id}`, async () => {
      const { report } = await data(client, ReportDocument, { id });
      need(report?.id === id && report.unit.code === unit, `report ${report?.id} of ${report?.unit.code}`);
      need(report.title && report.period.label, 'a report without its title or period');
      for (const section of flatten(report.sections)) {
        need(section.number && section.heading, 'a section without its number or heading');
        section.items.forEach((item) => need(item.text, `an item of section ${section.number} without its text`));
      }
    });
  }
}
