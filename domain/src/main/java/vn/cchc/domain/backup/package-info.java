/** Copies of the application's database taken while it runs (sao lưu), where the database can make them itself. */
package vn.cchc.domain.backup;
