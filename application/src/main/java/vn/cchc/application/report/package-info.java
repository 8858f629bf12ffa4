/** The quarterly report's life (vòng đời báo cáo): draft, edit, record figures, submit, return, approve, correct. */
package vn.cchc.application.report;
