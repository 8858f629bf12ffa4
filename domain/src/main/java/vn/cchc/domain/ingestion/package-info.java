/**
 * Reading a department's own report (báo cáo) into proposed facts: the text as paragraphs, each proposed fact with the
 * span of the sentence it came from, and the person's decision on it. Nothing here knows file formats: those are read
 * by the ingestion adapter into a {@link vn.cchc.domain.ingestion.SourceText}.
 */
package vn.cchc.domain.ingestion;
