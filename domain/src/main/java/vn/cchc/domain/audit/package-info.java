/** The audit trail (nhật ký thay đổi): who changed what, when, from what to what, and why. */
package vn.cchc.domain.audit;
