/** Running the data-quality rules and moving their findings: who may, on what, and keeping the findings up to date. */
package vn.cchc.application.finding;
