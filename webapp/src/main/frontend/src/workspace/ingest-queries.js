// The reads of the page that takes a Word report in (workspace/ingest.html); each a named query, registered as a
// trusted document.

/** An ingestion as the page reviews it: the file, its text as paragraphs, and every fact with where it is written. */
export const REPORT_INGESTION = /* GraphQL */ `query ReportIngestion($id: ID!) {
  reportIngestion(id: $id) {
    id version state format charset fileName fileSize fileUrl createdAt
    unit { code name }
    report { id status period { label } }
    paragraphs
    facts {
      ordinal kind key quote confidence flags decision edited
      values { name value }
      span { paragraph start lastParagraph end }
      document { number subject }
    }
  }
}`;
