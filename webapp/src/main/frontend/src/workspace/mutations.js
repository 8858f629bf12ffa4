// The writes of the workspace and the review, sent by POST (never cached, never trusted documents), each written out
// so that the build's code generator checks it against the schema. Each answers the report's new version, which the
// page keeps for its next change: a stale one is refused with CONFLICT.

export const CREATE_REPORT = /* GraphQL */ `mutation CreateReport($input: CreateReportInput!) {
  createReport(input: $input) { version report { id version status returnReason } }
}`;

export const UPDATE_REPORT_HEADING = /* GraphQL */ `mutation UpdateReportHeading($input: UpdateReportHeadingInput!) {
  updateReportHeading(input: $input) { version report { id version status returnReason } }
}`;

export const REPLACE_REPORT_SECTIONS = /* GraphQL */ `mutation ReplaceReportSections($input: ReplaceReportSectionsInput!) {
  replaceReportSections(input: $input) { version report { id version status returnReason } }
}`;

export const RECORD_OBSERVATIONS = /* GraphQL */ `mutation RecordObservations($input: RecordObservationsInput!) {
  recordObservations(input: $input) { version report { id version status returnReason } }
}`;

export const SUBMIT_REPORT = /* GraphQL */ `mutation SubmitReport($input: SubmitReportInput!) {
  submitReport(input: $input) { version report { id version status returnReason } }
}`;

export const RETURN_REPORT = /* GraphQL */ `mutation ReturnReport($input: ReturnReportInput!) {
  returnReport(input: $input) { version report { id version status returnReason } }
}`;

export const APPROVE_REPORT = /* GraphQL */ `mutation ApproveReport($input: ApproveReportInput!) {
  approveReport(input: $input) { version report { id version status returnReason } }
}`;

export const CHANGE_DATA_FINDING_STATUS = /* GraphQL */ `mutation ChangeDataFindingStatus($input: ChangeDataFindingStatusInput!) {
  changeDataFindingStatus(input: $input) { finding { id version status comment statusChangedBy } }
}`;

export const REVISE_REPORT = /* GraphQL */ `mutation ReviseReport($input: ReviseReportInput!) {
  reviseReport(input: $input) { version report { id version status returnReason } }
}`;

// not a write, but sent with them by POST: it takes the whole set of figures, and answers only for the moment
export const CHECK_OBSERVATIONS = /* GraphQL */ `query CheckObservations($input: RecordObservationsInput!) {
  checkObservations(input: $input)
}`;

// The ingestion's review answers every fact's decision and values anew, for the page to show what the API kept.
export const REVIEW_REPORT_INGESTION = /* GraphQL */ `mutation ReviewReportIngestion($input: ReviewReportIngestionInput!) {
  reviewReportIngestion(input: $input) {
    version
    ingestion { version state facts { ordinal decision edited flags values { name value } document { number subject } } }
  }
}`;

export const DRAFT_REPORT_FROM_INGESTION = /* GraphQL */ `mutation DraftReportFromIngestion($input: DraftReportFromIngestionInput!) {
  draftReportFromIngestion(input: $input) { version report { id version status returnReason } }
}`;
