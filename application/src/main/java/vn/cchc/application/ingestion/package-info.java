/**
 * Report ingestion: a department's report file taken in, its proposed facts reviewed, and a draft report made of
 * those accepted, through the report and document services, in one transaction.
 */
package vn.cchc.application.ingestion;
