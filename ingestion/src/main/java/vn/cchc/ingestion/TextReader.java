package vn.cchc.ingestion;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

import vn.cchc.domain.ingestion.ReportFileRefused;
import vn.cchc.domain.ingestion.ReportFileRefused.Reason;
import vn.cchc.domain.ingestion.ReportText;
import vn.cchc.domain.ingestion.SourceFormat;
import vn.cchc.domain.ingestion.SourceText;

/** A plain-text report: its charset found (BOM, declared, UTF-8, Windows-1258, Windows-1252), each line a paragraph. */
final class TextReader {

    static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Whether the bytes could be text at all: no NUL and hardly any other control byte (BOM files excepted). */
    static boolean looksLikeText(byte[] content) {
        if (bom(content) != null) {
            return true;
        }
        int controls = 0;
        for (byte b : content) {
            int c = b & 0xFF;
            if (c == 0) {
                return false;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A) {
                controls++;
            }
        }
        // A stray control byte in a hand-edited file is tolerated, a binary file has many.
        return controls <= Math.max(2, content.length / 1000);
    }

    ReportText read(byte[] content, String declaredCharset) {
        Charset charset;
        String text;
        Bom bom = bom(content);
        if (bom != null) {
            // The BOM is the file's own statement of its encoding: it wins over the declared one.
            charset = bom.charset;
            text = decode(content, bom.length, charset);
        } else if (declaredCharset != null && !declaredCharset.isBlank()) {
            charset = declared(declaredCharset);
            text = decode(content, 0, charset);
        } else {
            charset = StandardCharsets.UTF_8;
            text = decodeOrNull(content, 0, charset);
            if (text == null) {
                charset = looksVietnamese(content) ? WINDOWS_1258 : WINDOWS_1252;
                text = decode(content, 0, charset);
            }
        }
        Paragraphs paragraphs = new Paragraphs();
        for (String line : text.split("\r\n|[\r\n\f\u2028\u2029\u0085]")) {
            paragraphs.add(line);
        }
        if (paragraphs.isEmpty()) {
            throw Refusals.empty();
        }
        return new ReportText(SourceFormat.TEXT, charset.name(), new SourceText(paragraphs.list()));
    }

    private static Charset declared(String name) {
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ReportFileRefused(Reason.UNREADABLE, "The declared charset \"" + name
                    + "\" is unknown: declare UTF-8, windows-1258 or windows-1252, or leave it empty to detect it.");
        }
    }

    private static String decode(byte[] content, int offset, Charset charset) {
        String text = decodeOrNull(content, offset, charset);
        if (text == null) {
            throw new ReportFileRefused(Reason.UNREADABLE, "The text file is not valid " + charset.name()
                    + ": declare the charset it was saved in, or save it again as UTF-8.");
        }
        return text;
    }

    private static String decodeOrNull(byte[] content, int offset, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Windows-1258 writes Vietnamese tones as combining marks after the letter (0xCC grave, 0xEC acute, 0xDE tilde,
     * 0xD2 hook above, 0xF2 dot below); in Windows-1252 the same bytes are rare letters (Ì ì Þ Ò ò), hardly ever
     * right after another letter.
     */
    static boolean looksVietnamese(byte[] content) {
        for (int i = 1; i < content.length; i++) {
            int c = content[i] & 0xFF;
            boolean toneMark = c == 0xCC || c == 0xEC || c == 0xDE || c == 0xD2 || c == 0xF2;
            if (toneMark && isLetter(content[i - 1] & 0xFF)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLetter(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c != 0xD7 && c != 0xF7);
    }

    private record Bom(Charset charset, int length) {
    }

    private static Bom bom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Bom(StandardCharsets.UTF_8, 3);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Bom(StandardCharsets.UTF_16BE, 2);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Bom(StandardCharsets.UTF_16LE, 2);
        }
        return null;
    }
}
