package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The schema is a contract other teams build on: the server publishes exactly the committed SDL, which breaks nothing
 * a client of the last release uses (graphql-inspector, deprecated elements kept for a release), and describes every
 * element, in the SDL and in introspection alike (graphql-js, as GraphiQL and the code generators read them).
 */
class SchemaContractIT extends DeployedApplication {

    private static final Path CONTRACT = Path.of(System.getProperty("cchc.contract.dir"));
    private static final Path COMMITTED = CONTRACT.resolve("schema.graphql");
    private static final Path RELEASED = CONTRACT.resolve("released.graphql");
    private static final Path TOOLS = Path.of(System.getProperty("cchc.graphql-js.check")).getParent();
    /** Unit.shortName with its description, as the SDL prints it: the field the checks remove. */
    private static final String SHORT_NAME = "  \"Short name (tên viết tắt, tên gọi tắt), e.g. Sở Khoa học và Công nghệ.\"\n"
            + "  shortName: String\n";

    /** What a node script printed, and whether it passed. */
    private record Run(int exit, String output) {
    }

    private static Run node(String script, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", TOOLS.resolve(script).toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output);
    }

    private static Path write(String sdl) throws IOException {
        Path file = Files.createTempFile("cchc-schema", ".graphql");
        Files.writeString(file, sdl);
        return file;
    }

    @Test
    void shouldServeExactlyTheCommittedSchema() throws IOException {
        String served = client.get("graphql/schema.graphql").body();
        if (!served.equals(Files.readString(COMMITTED))) {
            Path copy = Path.of("target", "served-schema.graphql");
            Files.writeString(copy, served);
            assertThat(served).as("the schema changed: if on purpose, review `diff %s %s` and copy the served one over the committed one",
                    COMMITTED, copy.toAbsolutePath()).isEqualTo(Files.readString(COMMITTED));
        }
    }

    @Test
    void shouldBreakNoClientOfTheLastRelease() throws Exception {
        Run check = node("check-contract.mjs", RELEASED.toString(), COMMITTED.toString());
        assertThat(check.exit()).as(check.output()).isZero();
    }

    @Test
    void shouldFindRemovedFieldsUnlessTheLastReleaseDeprecatedThem() throws Exception {
        String released = Files.readString(COMMITTED);
        Path removed = write(inType(released, "type Unit ", SHORT_NAME, ""));
        Run breaking = node("check-contract.mjs", COMMITTED.toString(), removed.toString());
        assertThat(breaking.exit()).as(breaking.output()).isEqualTo(1);
        assertThat(breaking.output()).contains("BREAKING Unit.shortName");
        Path deprecated = write(released.replace("\n  shortName: String\n", "\n  shortName: String @deprecated(reason: \"Use name.\")\n"));
        assertThat(Files.readString(deprecated)).isNotEqualTo(released);
        Run afterARelease = node("check-contract.mjs", deprecated.toString(), removed.toString());
        assertThat(afterARelease.exit()).as(afterARelease.output()).isZero();
    }

    @Test
    void shouldFindRetypedFieldsRemovedEnumValuesAndNewlyRequiredArguments() throws Exception {
        String released = Files.readString(COMMITTED);
        for (String[] change : new String[][] {
                {"type Unit ", "  shortName: String\n", "  shortName: Int\n", "Unit.shortName"},
                {"enum ReportStatus ", "  \"Approved and locked (đã duyệt); a correction is a new revision.\"\n  APPROVED\n", "",
                        "ReportStatus.APPROVED"},
                {"type Unit ", "  shortName: String\n", "  shortName(on: Date!): String\n", "Unit.shortName.on"}}) {
            Path changed = write(inType(released, change[0], change[1], change[2]));
            Run check = node("check-contract.mjs", COMMITTED.toString(), changed.toString());
            assertThat(check.exit()).as(check.output()).isEqualTo(1);
            assertThat(check.output()).contains("BREAKING " + change[3]);
        }
    }

    /** The SDL with the first {@code from} after the start of a type's definition replaced. */
    private static String inType(String sdl, String definition, String from, String to) {
        int typeAt = sdl.indexOf("\n" + definition);
        int at = sdl.indexOf(from, typeAt);
        assertThat(typeAt).as(definition).isPositive();
        assertThat(at).as(from).isGreaterThan(typeAt);
        return sdl.substring(0, at) + to + sdl.substring(at + from.length());
    }

    @Test
    void shouldDescribeEveryElementInTheSchemaAndInIntrospectionAlike() throws Exception {
        Run check = node("check-schema.mjs", COMMITTED.toString(), base.toString(), GraphQLClient.basic(GraphQLClient.ANALYST));
        assertThat(check.exit()).as(check.output()).isZero();
        assertThat(check.output()).contains("every element described").contains("introspection describes the same schema");
    }

    @Test
    void shouldFailOnAnElementWithoutADescription() throws Exception {
        String sdl = Files.readString(COMMITTED);
        String described = "  \"Being written (dự thảo).\"\n  DRAFT\n";
        assertThat(sdl).contains(described);
        Run check = node("check-schema.mjs", write(sdl.replace(described, "  DRAFT\n")).toString());
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.output()).contains("enum value ReportStatus.DRAFT");
    }
}
