// The reads of the dossier upload page (workspace/dossiers.html); each a named query, registered as a trusted document.
