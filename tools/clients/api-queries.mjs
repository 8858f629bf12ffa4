// Representative queries of every part of the API, each with what its answer must hold. They select `id` on every
// object that has one and nest objects that other queries reach again, so that a normalising cache (Apollo's
// InMemoryCache: __typename + id) merges them, and they hold only on data every server has: the sample's province
// NA and its Department of Science and Technology NA-SKHCN with its Q1 2022 report.
import { parse } from 'graphql';

const Q1_2022 = { type: 'QUARTER', year: 2022, number: 1 };

/** Fails the check with this message unless the condition holds. */
export function need(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

const codes = (nodes) => nodes.map((n) => n.code);

/** [name, query, variables, expect(data)]: the directory first, then documents, reports, figures and analytics. */
export const API_QUERIES = [
  ['directory', `query Directory {
    unit(code: "NA") {
      id code name kind
      children(first: 20) { totalCount nodes { id code name kind parent { id code } children(first: 50) { nodes { id code kind } } } }
    }
    units(filter: {within: "NA", kind: {eq: DEPARTMENT}}, first: 100) {
      totalCount nodes { id code name shortName kind autonomyRegime generated parent { id code parent { id code } } }
    }
  }`, {}, (d) => {
    need(d.unit?.kind === 'PROVINCE', 'NA is no province');
    need(codes(d.unit.children.nodes).includes('NA-UBND'), `children of NA: ${codes(d.unit.children.nodes)}`);
    need(codes(d.units.nodes).includes('NA-SKHCN'), `departments: ${codes(d.units.nodes)}`);
    need(d.units.totalCount === d.units.nodes.length, 'totalCount is not the number of departments');
  }],
  ['procedures', `query Procedures($unit: String!) {
    procedures(filter: {competentUnit: {code: {eq: $unit}}}, first: 100) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node {
        id code name publicised onlineService legacyOnlineLevel
        field { code name } competentUnit { id code name }
        onlineServiceHistory { effectiveFrom onlineService legacyLevel }
        onlineServiceOn(days: ["2022-03-31", "2021-12-31"]) { day onlineService }
      } }
    }
    procedure(code: "NA-SKHCN-NLNT-CCNVBX") { id code name competentUnit { id code } }
    procedureFields { code name }
  }`, { unit: 'NA-SKHCN' }, (d) => {
    need(d.procedures.totalCount > 0, 'no procedures of NA-SKHCN');
    need(d.procedures.edges.every((e) => e.cursor && e.node.competentUnit.code === 'NA-SKHCN'), 'a procedure of another unit');
    need(d.procedures.edges.every((e) => e.node.onlineServiceOn.map((on) => on.day).join() === '2022-03-31,2021-12-31'),
      'the online levels not on the days asked, in their order');
    need(d.procedure?.competentUnit.code === 'NA-SKHCN', 'no procedure NA-SKHCN-NLNT-CCNVBX');
    need(d.procedureFields.length > 0, 'no procedure fields');
  }],
  ['documents', `query Documents($issuer: String!) {
    documents(filter: {issuer: {within: $issuer}, issuedOn: {gte: "2022-01-01", lte: "2022-12-31"}},
              orderBy: [{field: ISSUED_ON, direction: DESC}], first: 100) {
      totalCount
      nodes {
        id number kind symbol year issuedOn subject version
        issuer { id code name } drafter { id code }
        links { type document { id number issuer { id code } } }
        linkedFrom { type document { id number } }
      }
    }
    document(number: "56/SKHCN-VP") { id number subject issuer { id code name } }
  }`, { issuer: 'NA' }, (d) => {
    need(d.documents.totalCount > 0, 'no documents issued in NA in 2022');
    need(d.document?.issuer.code === 'NA-SKHCN', 'no document 56/SKHCN-VP of NA-SKHCN');
    need(d.documents.nodes.some((n) => n.id === d.document.id), '56/SKHCN-VP is not among the documents issued in NA in 2022');
  }],
  ['plans', `query Plans {
    documents(filter: {kind: {eq: PLAN}, issuer: {within: "NA"}}, first: 100) {
      totalCount
      nodes {
        id number planYear planType issuer { id code }
        tasks { number area description deadline completedOn status overdue expectedOutput
                leadUnit { id code } coordinatingUnits { id code } plan { id number } }
      }
    }
    planTasks(filter: {plan: {issuer: {within: "NA"}}}, orderBy: [{field: DEADLINE}], first: 100) {
      totalCount nodes { number description deadline status overdue leadUnit { id code name } plan { id number subject } }
    }
  }`, {}, (d) => {
    need(d.documents.totalCount > 0, 'no plans issued in NA');
    need(d.documents.totalCount <= 100, 'more plans than one page');
    const tasks = d.documents.nodes.flatMap((p) => p.tasks);
    need(tasks.every((t) => d.documents.nodes.some((p) => p.id === t.plan.id)), "a plan's task of another plan");
    // the same tasks by two roads: each plan's own, and the list across plans
    need(d.planTasks.totalCount === tasks.length, `${d.planTasks.totalCount} plan tasks, ${tasks.length} tasks of the plans`);
  }],
  ['reports', `query Reports($unit: String!, $quarter: Int!) {
    reports(filter: {unit: {code: {eq: $unit}}, period: {type: {eq: QUARTER}, year: {eq: 2022}, number: {eq: $quarter}}}) {
      totalCount
      nodes {
        id title number place dateLine issuedOn status revision version
        period { type year number quarter label startDate endDate }
        unit { id code name parent { id code } }
        signer { name position }
        recipients { text unit { id code } }
        sections {
          number heading area
          documents { id number }
          items { text bullet documents { id number subject issuer { id code } } observations { id value indicator { code } } }
          subsections { number heading items { text documents { id number } } subsections { number heading items { text } } }
        }
      }
    }
  }`, { unit: 'NA-SKHCN', quarter: 1 }, (d) => {
    need(d.reports.nodes.length > 0, 'no report of NA-SKHCN for 2022-Q1');
    need(d.reports.nodes.every((r) => r.period.label && r.unit.code === 'NA-SKHCN'), 'a report without its period, or of another unit');
    // the sample's report (a revision of it may be there too): its tasks for the next quarter, and the documents it cites
    const report = d.reports.nodes.find((r) => r.sections.some((s) => s.number === 'IV' && s.items.length > 0));
    need(report, 'no report with items in section IV');
    need(report.sections.some((s) => s.items.some((i) => i.documents.length > 0)), 'no item cites a document');
  }],
  ['observations', `query Observations($period: PeriodInput!) {
    observations(filter: {unit: {within: "NA"}, period: {type: {eq: QUARTER}, year: {eq: 2022}, number: {eq: 1}}}, first: 100) {
      totalCount
      nodes {
        id value numerator denominator source
        breakdown { dimension member label }
        indicator { code nameVi nameEn measure area unitOfMeasure higherIsBetter }
        unit { id code } period { label } report { id title }
      }
    }
    indicator(code: "DOSSIERS_ONLINE") { code nameVi measure observations(filter: {unit: {code: {eq: "NA-SKHCN"}}}) { nodes { id value unit { id code } } } }
    indicators { code nameVi }
    reformAreas { area number nameVi nameEn }
    # only where the unit had dossier records: none may answer
    reportedVersusComputed(units: {code: {eq: "NA-SKHCN"}}, from: $period) {
      indicator { code } period { label } reported { value } computed { value } difference unit { id code }
    }
  }`, { period: Q1_2022 }, (d) => {
    const online = d.observations.nodes.find((o) => o.indicator.code === 'DOSSIERS_ONLINE' && o.unit.code === 'NA-SKHCN'
      && o.source === 'REPORTED' && o.breakdown.length === 0);
    need(online?.denominator > 0 && online.report?.id, 'no reported DOSSIERS_ONLINE of NA-SKHCN in 2022-Q1');
    need(d.indicator?.observations.nodes.some((o) => o.id === online.id), 'the indicator does not list that observation');
    need(d.indicators.length >= 11 && d.reformAreas.length === 7, `${d.indicators.length} indicators, ${d.reformAreas.length} areas`);
  }],
  ['dossierStatistics', `query DossierStatistics($from: PeriodInput!, $to: PeriodInput!) {
    byQuarter: dossierStatistics(period: $from, through: $to, groupBy: [QUARTER], filter: {unit: {within: "NA"}}) {
      period { year quarter label } carriedOver received toProcess resolved resolvedEarly resolvedOnTime resolvedLate
      returned withdrawn inProgress inProgressNotDue inProgressOverdue online
      onlineRate { numerator denominator percent } onTimeRate { percent } lateRate { percent }
    }
    bySubtree: dossierStatistics(period: $from, groupBy: [UNIT_SUBTREE], subtrees: {within: "NA", kind: {eq: DEPARTMENT}}) {
      subtree { id code name } received resolved
    }
    byField: dossierStatistics(period: $from, groupBy: [FIELD, CHANNEL], filter: {unit: {within: "NA"}}) {
      field { code name } channel received
    }
  }`, { from: Q1_2022, to: { type: 'QUARTER', year: 2022, number: 4 } }, (d) => {
    need(d.byQuarter.map((s) => s.period.quarter).join() === '1,2,3,4', `quarters ${d.byQuarter.map((s) => s.period.quarter)}`);
    need(d.bySubtree.every((s) => s.subtree?.code.startsWith('NA-')), 'a subtree outside NA');
  }],
  ['ranking', `query Ranking($period: PeriodInput!) {
    ranking(period: $period, units: {kind: {eq: DEPARTMENT}, within: "NA"}, indicatorCode: "DOSSIERS_ONLINE") {
      order entries { rank unit { id code name } value { value numerator denominator } previousRank change }
    }
    byRate: ranking(period: $period, units: {kind: {eq: DEPARTMENT}, within: "NA"}, dossierRate: ON_TIME, order: LOWEST_FIRST) {
      order entries { rank unit { id code } value { value } }
    }
  }`, { period: Q1_2022 }, (d) => {
    const entry = d.ranking?.entries.find((e) => e.unit.code === 'NA-SKHCN');
    need(entry?.rank >= 1 && entry.value?.value >= 0, 'NA-SKHCN is not ranked by DOSSIERS_ONLINE in 2022-Q1');
    need(d.byRate?.order === 'LOWEST_FIRST', 'the rate ranking lost its order');
  }],
  ['observationSeries', `query ObservationSeries($from: PeriodInput!, $to: PeriodInput!) {
    observationSeries(indicatorCode: "DOSSIERS_ONLINE", units: {code: {eq: "NA-SKHCN"}}, from: $from, to: $to) {
      unit { id code name }
      points { period { year quarter label } value { value numerator denominator } previous { value } yearEarlier { value }
               changeFromPrevious changeFromYearEarlier }
    }
    rolledUp: observationSeries(indicatorCode: "DOSSIERS_RECEIVED", units: {code: {eq: "NA"}}, rollUp: true, from: $from, to: $to) {
      unit { id code } points { period { label } value { value } }
    }
  }`, { from: { type: 'QUARTER', year: 2021, number: 1 }, to: Q1_2022 }, (d) => {
    const points = d.observationSeries[0]?.points ?? [];
    need(points.length === 5, `${points.length} points from 2021-Q1 to 2022-Q1`);
    need(points[4].value?.value >= 0, 'no value in 2022-Q1');
    need(d.rolledUp[0]?.points[4]?.value?.value > 0, 'nothing received in NA in 2022-Q1, rolled up');
  }],
].map(([name, source, variables, expect]) => ({ name, query: parse(source), variables, expect }));
