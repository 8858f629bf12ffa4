// The reads of the dossier upload page (workspace/dossiers.html); each a named query, registered as a trusted document.

/** An import job as the page follows it while it runs, then shows its result and every error kept. */
export const IMPORT_JOB = /* GraphQL */ `query ImportJob($id: ID!) {
  importJob(id: $id) {
    id state format createdAt finishedAt rowsRead rowsValid rowsWritten rowsSkipped errorCount
    errors { line column code message }
  }
}`;

/** The caller's latest import jobs, newest first, with their counts. */
export const IMPORT_JOBS = /* GraphQL */ `query ImportJobs {
  importJobs(first: 20, orderBy: [{field: CREATED_AT, direction: DESC}]) {
    nodes { id state format createdAt finishedAt rowsRead rowsWritten rowsSkipped errorCount }
  }
}`;
