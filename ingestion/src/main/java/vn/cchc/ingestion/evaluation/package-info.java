/** The extraction's evaluation over hand-written cases: precision and recall per kind of fact (issue 14). */
package vn.cchc.ingestion.evaluation;
