/** JPA implementations of the domain repositories; one listing mechanism (filter, order, page, count) for all. */
package vn.cchc.persistence.jpa;
