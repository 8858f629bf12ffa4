/** Backing up the database while the server runs (sao lưu): who may, and where the copies go. */
package vn.cchc.application.backup;
