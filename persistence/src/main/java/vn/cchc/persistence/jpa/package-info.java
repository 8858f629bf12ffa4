/**
 * JPA implementations of the domain repositories; one listing mechanism (filter, order, page, count) for all; the
 * quarterly dossier summary that dossier statistics read ({@link vn.cchc.persistence.jpa.JpaDossierSummary}).
 */
package vn.cchc.persistence.jpa;
