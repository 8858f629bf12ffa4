package vn.cchc.domain.document;

import java.util.Arrays;
import java.util.Optional;

/** Kinds of document (văn bản), with the kind letters a document number's symbol starts with. */
public enum DocumentKind {
    /** kế hoạch (KH) */
    PLAN("KH"),
    /** quyết định (QĐ) */
    DECISION("QĐ"),
    /** nghị định (NĐ) */
    DECREE("NĐ"),
    /** chỉ thị (CT) */
    DIRECTIVE("CT"),
    /** nghị quyết (NQ) */
    RESOLUTION("NQ"),
    /** thông tư (TT) */
    CIRCULAR("TT"),
    /** báo cáo (BC) */
    REPORT("BC"),
    /** công văn (CV, or no kind letters) */
    OFFICIAL_LETTER("CV");

    private final String symbolPrefix;

    DocumentKind(String symbolPrefix) {
        this.symbolPrefix = symbolPrefix;
    }

    public String symbolPrefix() {
        return symbolPrefix;
    }

    static Optional<DocumentKind> ofSymbolPrefix(String prefix) {
        return Arrays.stream(values()).filter(k -> k.symbolPrefix.equals(prefix)).findFirst();
    }
}
