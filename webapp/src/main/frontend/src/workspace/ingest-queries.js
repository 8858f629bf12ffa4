// The reads of the page that takes a Word report in (workspace/ingest.html); each a named query, registered as a
// trusted document.
