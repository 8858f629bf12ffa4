/**
 * Bulk import of dossiers (nhập hồ sơ hàng loạt): reading the files one-stop systems export (CSV, JSON), checking every
 * row, and the service that runs an import as a job and writes all rows or none.
 */
package vn.cchc.application.dossier;
