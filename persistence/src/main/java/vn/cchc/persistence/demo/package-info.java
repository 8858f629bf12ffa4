/**
 * The demo province (Tỉnh Minh Họa, dữ liệu mô phỏng): a deterministic generator of a fictional province with
 * its units, procedures, four years of dossiers and quarterly reports, and yearly plans with their tasks, loaded at
 * start-up on request.
 */
package vn.cchc.persistence.demo;
