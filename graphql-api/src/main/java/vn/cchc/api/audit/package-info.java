/** The audit trail over GraphQL (nhật ký thay đổi), for admins and Home Affairs. */
package vn.cchc.api.audit;
