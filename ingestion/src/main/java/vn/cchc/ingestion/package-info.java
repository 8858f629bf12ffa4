/** Report files read into the domain's SourceText: the ingestion adapter, on the domain alone. */
package vn.cchc.ingestion;
