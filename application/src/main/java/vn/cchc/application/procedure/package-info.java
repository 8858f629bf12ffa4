/** Recording administrative procedures (thủ tục hành chính) and the history of their online service level. */
package vn.cchc.application.procedure;
