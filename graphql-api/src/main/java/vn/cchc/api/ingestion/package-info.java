/**
 * Report ingestion in the schema: the proposal of a report file ({@code reportIngestion}), its review fact by fact, the
 * draft made of it, and where a row came from ({@code factOrigin}); the file itself goes to {@code POST /ingest/reports}.
 */
package vn.cchc.api.ingestion;
