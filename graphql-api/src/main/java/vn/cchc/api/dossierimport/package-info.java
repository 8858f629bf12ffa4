/**
 * Bulk import of dossiers over GraphQL (nhập hồ sơ hàng loạt): the mutation, the import jobs and their errors. The
 * HTTP upload of the same files is {@code vn.cchc.api.http.DossierUploadServlet}.
 */
package vn.cchc.api.dossierimport;
