/** The Document type (with plans and their tasks), its links, its list, its queries and its mutations. */
package vn.cchc.api.document;
