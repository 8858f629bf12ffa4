/**
 * The demo province (Tỉnh Minh Họa, dữ liệu mô phỏng): a deterministic generator of a fictional province with
 * its units, procedures, four years of dossiers and quarterly reports, and yearly plans with their tasks, loaded at
 * start-up on request. What it is made of (departments, service units, procedures, districts) is data, the CSV tables
 * beside these classes; how it lives (dossiers, reports, plans, the working calendar) is code, drawn from one seed.
 */
package vn.cchc.sampledata.demo;
