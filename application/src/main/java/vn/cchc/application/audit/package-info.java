/** Writes the audit trail (nhật ký thay đổi) for the services, in the transaction of the change. */
package vn.cchc.application.audit;
