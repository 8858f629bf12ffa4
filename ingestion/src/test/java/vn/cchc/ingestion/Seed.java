package vn.cchc.ingestion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The seed report (a real quarterly report of Nghệ An's Department of Science and Technology) as test data. */
final class Seed {

    private Seed() {
    }

    static byte[] bytes() {
        try (InputStream in = Seed.class.getResourceAsStream("/seed.txt")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Its lines as a reader of the text sees its paragraphs: trimmed, the blank ones left out. */
    static List<String> lines() {
        return new String(bytes(), StandardCharsets.UTF_8).lines().map(String::strip).filter(line -> !line.isEmpty())
                .toList();
    }
}
