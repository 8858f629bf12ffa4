package vn.cchc.domain.shared;

/** Which end of an order comes first. */
public enum SortDirection {
    ASC,
    DESC
}
