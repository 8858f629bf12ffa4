/** The Procedure and ProcedureField types, their list and queries. */
package vn.cchc.api.procedure;
