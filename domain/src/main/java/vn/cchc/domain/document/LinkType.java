package vn.cchc.domain.document;

/** How one document relates to another, read from the source: "96/2010/NĐ-CP AMENDS 115/2005/NĐ-CP". */
public enum LinkType {
    /** sửa đổi, bổ sung */
    AMENDS,
    /** triển khai, thực hiện */
    IMPLEMENTS,
    /** thay thế */
    REPLACES
}
