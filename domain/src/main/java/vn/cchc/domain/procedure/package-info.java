/** Administrative procedures (thủ tục hành chính), their fields and online service levels. */
package vn.cchc.domain.procedure;
