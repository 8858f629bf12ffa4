// Every GraphQL document the dashboard and the report page send, in one place: when the API's filters change,
// this is the file to adapt. Each list the dashboard shows has a query of its own, which is also what its
// download buttons send to the export endpoint. A list that can be longer than a page (100) is a root connection
// asked in the paging shape, `$after: String` and `pageInfo { hasNextPage endCursor }`: the page reads every page
// (allNodes in graphql.js), and the export endpoint writes every page.

export const PROVINCES = /* GraphQL */ `query Provinces {
  units(filter: {kind: {eq: PROVINCE}}, first: 100) { nodes { code name shortName generated } }
}`;

/** The quarters with data for a province: dossiers received (records) or dossiers reported. */
export const QUARTERS = /* GraphQL */ `query Quarters($province: String!, $from: PeriodInput!, $to: PeriodInput!) {
  dossierStatistics(period: $from, through: $to, groupBy: [QUARTER], filter: {unit: {within: $province}}) {
    period { year quarter } received
  }
  observationSeries(indicatorCode: "DOSSIERS_RECEIVED", units: {code: {eq: $province}}, rollUp: true, from: $from, to: $to) {
    points { period { year quarter } value { value } }
  }
}`;

/** The province over the quarters up to the chosen one: dossier records, reported figures, procedure levels. */
export const OVERVIEW = /* GraphQL */ `query Overview($province: String!, $from: PeriodInput!, $to: PeriodInput!, $window: PeriodWindow) {
  unit(code: $province) { code name generated }
  dossierStatistics(period: $from, through: $to, groupBy: [QUARTER], filter: {unit: {within: $province}}, window: $window) {
    period { year quarter label }
    received online resolved resolvedLate inProgressOverdue
    onlineRate { numerator denominator percent }
    onTimeRate { numerator denominator percent }
    lateRate { numerator denominator percent }
  }
  received: observationSeries(indicatorCode: "DOSSIERS_RECEIVED", units: {code: {eq: $province}}, rollUp: true, from: $from, to: $to) {
    ...series
  }
  online: observationSeries(indicatorCode: "DOSSIERS_ONLINE", units: {code: {eq: $province}}, rollUp: true, from: $from, to: $to) {
    ...series
  }
  late: observationSeries(indicatorCode: "DOSSIERS_LATE", units: {code: {eq: $province}}, rollUp: true, from: $from, to: $to) {
    ...series
  }
  units(filter: {within: $province, kind: {eq: DEPARTMENT}}, first: 100) {
    nodes { code name shortName }
  }
}
fragment series on ObservationSeries {
  points { period { year quarter } value { value numerator denominator } changeFromPrevious }
}`;

/**
 * The procedures of the province's departments with their online level on each of the days the dashboard counts
 * them on (the API defines the level on a day), counted per department and quarter.
 */
export const PROVINCE_PROCEDURES = /* GraphQL */ `query ProvinceProcedures($province: String!, $days: [Date!]!, $after: String) {
  procedures(filter: {competentUnit: {kind: {eq: DEPARTMENT}, within: $province}}, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { code competentUnit { code } onlineServiceOn(days: $days) { day onlineService } }
  }
}`;

/** The departments of a province in a quarter, with everything below each of them. */
export const DEPARTMENT_STATISTICS = /* GraphQL */ `query DepartmentStatistics($province: String!, $period: PeriodInput!, $window: PeriodWindow) {
  dossierStatistics(period: $period, groupBy: [UNIT_SUBTREE], filter: {unit: {within: $province}}, subtrees: {within: $province, kind: {eq: DEPARTMENT}},
                    window: $window) {
    subtree { code name }
    received online resolved resolvedEarly resolvedOnTime resolvedLate inProgressOverdue
    onlineRate { percent } onTimeRate { percent } lateRate { numerator percent }
  }
}`;

export const DEPARTMENT_RANKING = /* GraphQL */ `query DepartmentRanking($province: String!, $period: PeriodInput!, $rate: DossierRate!, $window: PeriodWindow) {
  ranking(period: $period, units: {kind: {eq: DEPARTMENT}, within: $province}, dossierRate: $rate, window: $window) {
    order
    entries { rank unit { code name } value { value numerator denominator } }
  }
}`;

// data-quality findings of a quarter; the unresolved ones counted per department for the ranking

export const PROVINCE_FINDINGS = /* GraphQL */ `query ProvinceFindings($province: String!, $year: Int!, $quarter: Int!, $after: String) {
  dataFindings(filter: {unit: {within: $province}, period: {type: {eq: QUARTER}, year: {eq: $year}, number: {eq: $quarter}}},
               first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { id severity status rule { code description } unit { code name shortName } message comment reportId }
  }
}`;

export const DEPARTMENT_DATA_QUALITY = /* GraphQL */ `query DepartmentDataQuality($province: String!, $period: PeriodInput!) {
  dataQualityRanking(period: $period, units: {kind: {eq: DEPARTMENT}, within: $province}) {
    entries { rank unit { code } value { value } }
  }
}`;

export const UNIT = /* GraphQL */ `query Unit($unit: String!) { unit(code: $unit) { code name shortName generated } }`;

export const UNIT_PROCEDURES = /* GraphQL */ `query UnitProcedures($unit: String!, $after: String) {
  procedures(filter: {competentUnit: {code: {eq: $unit}}}, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { code name field { name } onlineService legacyOnlineLevel publicised }
  }
}`;

export const UNIT_STATISTICS_BY_FIELD = /* GraphQL */ `query UnitStatisticsByField($unit: String!, $period: PeriodInput!, $window: PeriodWindow) {
  dossierStatistics(period: $period, groupBy: [FIELD], filter: {unit: {within: $unit}}, window: $window) {
    field { code name }
    received online resolved resolvedLate inProgressOverdue
    onlineRate { percent } onTimeRate { percent }
  }
}`;

export const UNIT_OBSERVATIONS = /* GraphQL */ `query UnitObservations($unit: String!, $year: Int!, $quarter: Int!, $after: String) {
  observations(filter: {unit: {code: {eq: $unit}}, period: {type: {eq: QUARTER}, year: {eq: $year}, number: {eq: $quarter}}, totalOnly: true}, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { indicator { code nameVi nameEn unitOfMeasure } value numerator denominator source }
  }
}`;

export const UNIT_REPORTS = /* GraphQL */ `query UnitReports($unit: String!, $after: String) {
  reports(filter: {unit: {code: {eq: $unit}}}, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { id title status period { label year quarter } }
  }
}`;

export const UNIT_FINDINGS = /* GraphQL */ `query UnitFindings($unit: String!, $year: Int!, $quarter: Int!, $after: String) {
  dataFindings(filter: {unit: {code: {eq: $unit}}, period: {type: {eq: QUARTER}, year: {eq: $year}, number: {eq: $quarter}}},
               first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { id severity status rule { code description } unit { code name shortName } message comment reportId }
  }
}`;

export const REPORT = /* GraphQL */ `query Report($id: ID!) {
  report(id: $id) {
    id title number place dateLine issuedOn status
    period { label }
    unit { code name shortName generated parent { name } }
    signer { name position }
    recipients { text }
    sections { ...section subsections { ...section subsections { ...section } } }
  }
}
fragment section on ReportSection { number heading items { text bullet } }`;

/** Who is signed in, a reporter's unit, and what the caller may do: the workspace pages offer only that. */
export const VIEWER = /* GraphQL */ `query Viewer { viewer { name unit { code name } permissions } }`;

// the workspace's and the review's reads, kept beside their pages; every one a trusted document like those above
export * from '../workspace/queries.js';
export * from '../workspace/dossiers-queries.js';
export * from '../workspace/ingest-queries.js';
