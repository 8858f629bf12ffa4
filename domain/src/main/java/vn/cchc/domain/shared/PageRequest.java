package vn.cchc.domain.shared;

/** Which slice of an ordered list to read: skip {@code offset} rows, then take at most {@code limit}. */
public record PageRequest(int offset, int limit) {

    public PageRequest {
        DomainException.require(offset >= 0, "INVALID_PAGE", "offset must not be negative, got " + offset);
        DomainException.require(limit >= 0, "INVALID_PAGE", "limit must not be negative, got " + limit);
    }
}
