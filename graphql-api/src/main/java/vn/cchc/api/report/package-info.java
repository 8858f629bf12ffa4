/** The Report type with its sections, items, signer and recipients; its list and queries. */
package vn.cchc.api.report;
