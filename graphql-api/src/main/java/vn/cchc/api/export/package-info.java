/**
 * Downloads of lists as spreadsheets: {@code POST /export?format=csv|xlsx} takes a GraphQL request, runs it through
 * the API's own endpoint (same limits, same caller) and turns the first list of the answer into a table
 * ({@link vn.cchc.api.export.ListTable}) written as CSV or XLSX; a query in the paging shape gives every page of its list,
 * up to a cap ({@link vn.cchc.api.export.WholeList}); {@code layout=national-form} writes dossier statistics as the
 * national form's dossier table instead ({@link vn.cchc.api.export.NationalForm}).
 */
package vn.cchc.api.export;
