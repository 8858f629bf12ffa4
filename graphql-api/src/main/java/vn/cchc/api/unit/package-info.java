/** The Unit type, its list and its queries. */
package vn.cchc.api.unit;
