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

export const REVISE_REPORT = /* GraphQL */ `mutation ReviseReport($input: ReviseReportInput!) {
  reviseReport(input: $input) { version report { id version status returnReason } }
}`;
