package vn.cchc.domain.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;
import vn.cchc.domain.shared.DomainException;

/**
 * One broken rule of an imported file: the line (1 is the CSV header, or the line a JSON object starts on), the
 * column, the stable code, and the message key and arguments for the caller's language besides the English message.
 */
@Embeddable
public class ImportError {

    /** Separates the arguments in one column; no argument of a message contains it. */
    private static final String ARG_SEPARATOR = "\u001f";

    @Column(name = "LINE_NUMBER", nullable = false)
    private int line;

    @Column(name = "COLUMN_NAME", length = 64)
    private String column;

    @Column(name = "CODE", nullable = false, length = 64)
    private String code;

    @Column(name = "MESSAGE_KEY", length = 100)
    private String key;

    @Column(name = "MESSAGE_ARGS", length = 1000)
    private String args;

    @Column(name = "MESSAGE", nullable = false, length = 1000)
    private String message;

    protected ImportError() {
        // for JPA
    }

    public ImportError(int line, String column, DomainException broken) {
        this.line = line;
        this.column = column;
        this.code = broken.code();
        this.key = broken.key();
        this.args = String.join(ARG_SEPARATOR, broken.args().stream().map(ImportError::clip).toList());
        this.message = clip(broken.getMessage());
    }

    /** Long values (a whole line of garbage) are cut so that an error always fits its row. */
    private static String clip(String text) {
        return text.length() <= 200 ? text : text.substring(0, 197) + "...";
    }

    public int line() {
        return line;
    }

    public String column() {
        return column;
    }

    public String code() {
        return code;
    }

    public String key() {
        return key;
    }

    public List<String> args() {
        return args == null || args.isEmpty() ? List.of() : Arrays.asList(args.split(ARG_SEPARATOR, -1));
    }

    public String message() {
        return message;
    }

    @Override
    public String toString() {
        return "line " + line + (column == null ? "" : ", column " + column) + ": " + code + " " + message;
    }
}
