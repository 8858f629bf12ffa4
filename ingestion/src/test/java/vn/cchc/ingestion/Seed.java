package vn.cchc.ingestion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The seed report (a real quarterly report of Nghệ An's Department of Science and Technology) as test data: the first
 * case of the evaluation, read from there so that it is kept once.
 */
final class Seed {

    static final Path FILE = Path.of("evaluation/01-seed-skhcn-nghe-an-q1-2022.txt");

    private Seed() {
    }

    static byte[] bytes() {
        try {
            return Files.readAllBytes(FILE);
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
