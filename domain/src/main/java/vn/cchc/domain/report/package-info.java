/** Quarterly CCHC reports (báo cáo): heading, numbered sections, items, signer and recipients. */
package vn.cchc.domain.report;
