/** The Document type (with plans), its links, its list and its queries. */
package vn.cchc.api.document;
