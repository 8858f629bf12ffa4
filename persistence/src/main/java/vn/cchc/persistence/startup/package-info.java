/** What every server starts with: the standard indicators, and the dossier summary of an older database. */
package vn.cchc.persistence.startup;
