/** The Dossier type, its list and queries. */
package vn.cchc.api.dossier;
