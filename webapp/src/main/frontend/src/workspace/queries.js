// The reads of the workspace (workspace/, workspace/report.html) and of Home Affairs' review (review/): each a named
// query, registered as a trusted document and sent by GET with its hash. Their writes are in mutations.js.

/** A unit subtree's reports of a year, with what the caller may do to each. */
export const WORKSPACE_REPORTS = /* GraphQL */ `query WorkspaceReports($unit: String!, $year: Int!, $after: String) {
  reports(filter: {unit: {within: $unit}, period: {year: {eq: $year}}}, orderBy: [{field: PERIOD, direction: DESC}], first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id title status returnReason revision version issuedOn actions
      period { type year number quarter label }
      unit { code name }
    }
  }
}`;

/** The units whose reports the workspace lists: the provinces, their departments and districts. */
export const REPORTING_UNITS = /* GraphQL */ `query ReportingUnits($after: String) {
  units(filter: {kind: {in: [PROVINCE, DEPARTMENT, DISTRICT]}}, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { code name kind }
  }
}`;

/** The quarters a unit subtree has not reported yet, with the draft in progress if any. */
export const REPORTS_DUE = /* GraphQL */ `query ReportsDue($units: UnitFilter, $from: PeriodInput!, $through: PeriodInput) {
  reportsDue(units: $units, from: $from, through: $through) {
    unit { code name }
    period { year quarter label }
    dueOn
    report { id status version }
  }
}`;

/** A report as the editor edits it: heading, outline with cited documents, figures, and what the caller may do. */
export const EDITOR_REPORT = /* GraphQL */ `query EditorReport($id: ID!) {
  report(id: $id) {
    id version title number place dateLine issuedOn status returnReason revision actions
    period { type year number quarter label startDate endDate }
    unit { code name shortName generated parent { name } }
    signer { name position }
    recipients { text }
    sections { ...editedSection subsections { ...editedSection subsections { ...editedSection } } }
    observations(first: 100) {
      nodes { indicator { code } unit { code } breakdown { dimension member label } value numerator denominator }
    }
  }
}
fragment editedSection on ReportSection {
  number heading area documents { id number subject }
  items { text bullet documents { id number subject } }
}`;

/** What the figures form offers: the standard indicators, the reform areas, the procedure fields. */
export const FIGURES_CATALOGUE = /* GraphQL */ `query FiguresCatalogue {
  indicators { code nameVi nameEn measure unitOfMeasure area }
  reformAreas { area number nameVi nameEn }
  procedureFields { code name }
}`;

/** A unit's reported figures of a quarter, every breakdown: "last period" beside the form's inputs. */
export const UNIT_FIGURES = /* GraphQL */ `query UnitFigures($unit: String!, $year: Int!, $quarter: Int!) {
  observations(filter: {unit: {code: {eq: $unit}}, period: {type: {eq: QUARTER}, year: {eq: $year}, number: {eq: $quarter}}}, first: 100) {
    nodes { indicator { code } breakdown { dimension member } value numerator denominator }
  }
}`;

/** Documents of the directory by number or words, to cite. */
export const DOCUMENT_SEARCH = /* GraphQL */ `query DocumentSearch($search: String!) {
  documents(filter: {search: $search}, first: 10) { nodes { id number subject issuedOn kind } }
}`;

/** The reports of a quarter sent to Home Affairs by a province's units, those waiting for a decision (SUBMITTED) first. */
export const REVIEW_REPORTS = /* GraphQL */ `query ReviewReports($units: UnitFilter!, $year: Int!, $quarter: Int!, $after: String) {
  reports(filter: {unit: $units, status: {in: [SUBMITTED, APPROVED, RETURNED]}, period: {type: {eq: QUARTER}, year: {eq: $year}, number: {eq: $quarter}}},
    orderBy: [{field: STATUS, direction: DESC}], first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id title status version revision issuedOn returnReason actions
      unit { code name }
    }
  }
}`;

/** The data-quality findings of the reviewed units' reports of the quarter, as the rules found them when they were sent. */
export const REVIEW_FINDINGS = /* GraphQL */ `query ReviewFindings($units: UnitFilter!, $year: Int!, $quarter: Int!, $after: String) {
  dataFindings(filter: {unit: $units, period: {type: {eq: QUARTER}, year: {eq: $year}, number: {eq: $quarter}}}, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { id version severity status message comment reportId rule { code } unit { code } }
  }
}`;

/**
 * The key figures of the reviewed units over the quarter and the one before, as Home Affairs counts them (submitted
 * and approved reports): the review's figures beside last period's.
 */
export const REVIEW_FIGURES = /* GraphQL */ `query ReviewFigures($units: [String]!, $from: PeriodInput!, $to: PeriodInput!) {
  received: observationSeries(indicatorCode: "DOSSIERS_RECEIVED", units: {code: {in: $units}}, from: $from, to: $to) { ...reviewSeries }
  resolved: observationSeries(indicatorCode: "DOSSIERS_RESOLVED", units: {code: {in: $units}}, from: $from, to: $to) { ...reviewSeries }
  late: observationSeries(indicatorCode: "DOSSIERS_LATE", units: {code: {in: $units}}, from: $from, to: $to) { ...reviewSeries }
  online: observationSeries(indicatorCode: "DOSSIERS_ONLINE", units: {code: {in: $units}}, from: $from, to: $to) { ...reviewSeries }
  procedures: observationSeries(indicatorCode: "PROCEDURES_TOTAL", units: {code: {in: $units}}, from: $from, to: $to) { ...reviewSeries }
}
fragment reviewSeries on ObservationSeries {
  unit { code }
  points { period { year quarter } value { value numerator denominator } }
}`;
