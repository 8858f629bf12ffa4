package vn.cchc.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.AnnotatedParameterizedType;
import java.net.URI;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The processors run by the compiler in-process, over views and stand-ins of the API's paging, order and filter types. */
class ListProcessorTest {

    /** The API's types the generated code builds on, as small stand-ins. */
    private static final Map<String, String> API = Map.of(
            "vn.cchc.api.paging.Page", "package vn.cchc.api.paging; public interface Page<N> {}",
            "vn.cchc.api.paging.Connection", """
                    package vn.cchc.api.paging;
                    import java.util.List;
                    public abstract class Connection<N> {
                        protected Connection(Page<N> page, java.util.function.LongSupplier total) {}
                        protected List<N> nodeList() { return List.of(); }
                        protected <E> List<E> edgeList(java.util.function.BiFunction<String, N, E> edge) { return List.of(); }
                    }""",
            "vn.cchc.api.paging.Edge", "package vn.cchc.api.paging; public abstract class Edge { protected Edge(String cursor) {} }",
            "vn.cchc.api.filter.SortDirectionView", "package vn.cchc.api.filter; public enum SortDirectionView { ASC, DESC }",
            "vn.cchc.api.filter.OrderInput", """
                    package vn.cchc.api.filter;
                    public interface OrderInput { java.util.List<? extends Enum<?>> attributes(); SortDirectionView direction(); }""",
            "vn.cchc.domain.unit.UnitAttribute", "package vn.cchc.domain.unit; public enum UnitAttribute { CODE, NAME }");

    /** The API's filter types an enum's filter builds on, as stand-ins. */
    private static final Map<String, String> FILTER_API = Map.of(
            "vn.cchc.domain.shared.Attribute", "package vn.cchc.domain.shared; public interface Attribute {}",
            "vn.cchc.domain.shared.Condition", "package vn.cchc.domain.shared; public interface Condition {}",
            "vn.cchc.api.filter.ScalarFilter", """
                    package vn.cchc.api.filter;
                    public interface ScalarFilter {
                        vn.cchc.domain.shared.Condition toCondition(String path, vn.cchc.domain.shared.Attribute attribute);
                    }""",
            "vn.cchc.api.filter.Scalars", """
                    package vn.cchc.api.filter;
                    public final class Scalars {
                        public static vn.cchc.domain.shared.Condition enumCondition(String path, vn.cchc.domain.shared.Attribute a,
                                Object eq, java.util.List<?> in, Boolean isNull) { return null; }
                    }""");

    private static final String ORDER_FIELD = """
            package vn.cchc.api.unit;
            import java.util.List;
            import vn.cchc.domain.unit.UnitAttribute;
            public enum UnitOrderField {
                CODE(UnitAttribute.CODE);
                final List<UnitAttribute> attributes;
                UnitOrderField(UnitAttribute... attributes) { this.attributes = List.of(attributes); }
            }""";

    private static final String UNIT_VIEW = """
            package vn.cchc.api.unit;
            import org.eclipse.microprofile.graphql.Type;
            import vn.cchc.domain.unit.UnitAttribute;
            import vn.cchc.processor.ListOf;
            @Type("Unit")
            @ListOf(page = "units (danh sách đơn vị)", nodes = "units", edge = "An unit", node = "unit",
                    attributes = UnitAttribute.class, order = "units (sắp xếp đơn vị)")
            public class UnitView {}""";

    @TempDir
    Path out;

    @Test
    void shouldWriteTheClassesOfAListAsTheyWereWrittenByHand() throws IOException {
        assertThat(compile(Map.of("vn.cchc.api.unit.UnitView", UNIT_VIEW, "vn.cchc.api.unit.UnitOrderField", ORDER_FIELD)))
                .isEmpty();

        assertThat(generated("vn/cchc/api/unit/UnitConnection.java")).isEqualTo("""
                package vn.cchc.api.unit;

                import java.util.List;
                import java.util.function.LongSupplier;
                import javax.annotation.processing.Generated;
                import org.eclipse.microprofile.graphql.Description;
                import org.eclipse.microprofile.graphql.NonNull;
                import org.eclipse.microprofile.graphql.Type;
                import vn.cchc.api.paging.Connection;
                import vn.cchc.api.paging.Page;

                @Generated("vn.cchc.processor.ListProcessor")
                @Type("UnitConnection")
                @Description("A page of units (danh sách đơn vị).")
                public class UnitConnection extends Connection<UnitView> {

                    public UnitConnection(Page<UnitView> page, LongSupplier total) {
                        super(page, total);
                    }

                    @NonNull
                    @Description("The units of this page.")
                    public List<@NonNull UnitView> getNodes() {
                        return nodeList();
                    }

                    @NonNull
                    @Description("The units of this page with their cursors.")
                    public List<@NonNull UnitEdge> getEdges() {
                        return edgeList(UnitEdge::new);
                    }
                }
                """);
        assertThat(generated("vn/cchc/api/unit/UnitEdge.java"))
                .contains("@Type(\"UnitEdge\")\n@Description(\"An unit in a list, with its cursor.\")\npublic class UnitEdge extends Edge {")
                .contains("    UnitEdge(String cursor, UnitView node) {")
                .contains("    @NonNull\n    @Description(\"The unit.\")\n    public UnitView getNode() {");
        assertThat(generated("vn/cchc/api/unit/UnitOrder.java"))
                .contains("import vn.cchc.domain.unit.UnitAttribute;")
                .contains("@Input(\"UnitOrder\")\n@Description(\"One key of the order of units (sắp xếp đơn vị); ties are broken by the next key, finally by id.\")")
                .contains("    @NonNull\n    @Description(\"What to order by.\")\n    public UnitOrderField field;")
                .contains("    @Description(\"Which end first; default ASC.\")\n    public SortDirectionView direction;")
                .contains("    public List<UnitAttribute> attributes() {");
    }

    @Test
    void shouldCompileToTheAnnotationsTheEngineReads() throws Exception {
        assertThat(compile(Map.of("vn.cchc.api.unit.UnitView", UNIT_VIEW, "vn.cchc.api.unit.UnitOrderField", ORDER_FIELD)))
                .isEmpty();
        try (URLClassLoader loader = new URLClassLoader(new java.net.URL[] {out.resolve("classes").toUri().toURL()},
                getClass().getClassLoader())) {
            Class<?> connection = loader.loadClass("vn.cchc.api.unit.UnitConnection");
            assertThat(connection.getAnnotation(Type.class).value()).isEqualTo("UnitConnection");
            assertThat(connection.getAnnotation(Description.class).value()).isEqualTo("A page of units (danh sách đơn vị).");
            var nodes = connection.getMethod("getNodes");
            assertThat(nodes.isAnnotationPresent(NonNull.class)).isTrue();
            assertThat(((AnnotatedParameterizedType) nodes.getAnnotatedReturnType()).getAnnotatedActualTypeArguments()[0]
                    .isAnnotationPresent(NonNull.class)).isTrue();
            Class<?> order = loader.loadClass("vn.cchc.api.unit.UnitOrder");
            assertThat(order.getAnnotation(Input.class).value()).isEqualTo("UnitOrder");
            assertThat(order.getField("field").isAnnotationPresent(NonNull.class)).isTrue();
            assertThat(order.getField("direction").isAnnotationPresent(NonNull.class)).isFalse();
            // nothing of the declaration is left in the classes
            assertThat(loader.loadClass("vn.cchc.api.unit.UnitView").getAnnotations()).extracting(a -> (Object) a.annotationType())
                    .containsExactly(Type.class);
        }
    }

    @Test
    void shouldWriteNoOrderForAListWithoutAttributes() throws IOException {
        assertThat(compile(Map.of("vn.cchc.api.audit.AuditEntryView", """
                package vn.cchc.api.audit;
                @org.eclipse.microprofile.graphql.Type("AuditEntry")
                @vn.cchc.processor.ListOf(page = "the audit trail (nhật ký thay đổi)", nodes = "entries",
                        edge = "An audit entry", node = "entry")
                public class AuditEntryView {}"""))).isEmpty();
        assertThat(generated("vn/cchc/api/audit/AuditEntryEdge.java")).contains("@Description(\"The entry.\")");
        assertThat(out.resolve("sources/vn/cchc/api/audit/AuditEntryOrder.java")).doesNotExist();
    }

    @Test
    void shouldRefuseADeclarationItCannotServe() throws IOException {
        String view = """
                package vn.cchc.api.unit;
                @org.eclipse.microprofile.graphql.Type("Unit")
                @vn.cchc.processor.ListOf(page = "units", nodes = "units", edge = "A unit", node = "unit"%s)
                public class UnitView {}""";
        assertThat(compile(Map.of("vn.cchc.api.unit.UnitView",
                view.formatted(", attributes = vn.cchc.domain.unit.UnitAttribute.class, order = \"units\""))))
                .containsExactly("@ListOf is ordered by UnitAttribute: the enum UnitOrderField of what it can be ordered by is missing in vn.cchc.api.unit");
        assertThat(compile(Map.of("vn.cchc.api.unit.UnitView", view.formatted(", order = \"units\""))))
                .containsExactly("@ListOf has an order but no attributes to order by");
        assertThat(compile(Map.of("vn.cchc.api.unit.UnitView", view.formatted(", attributes = String.class"))))
                .containsExactly("@ListOf orders by the attributes of an enum, not java.lang.String");
        assertThat(compile(Map.of("vn.cchc.api.unit.UnitView",
                view.formatted(", attributes = vn.cchc.domain.unit.UnitAttribute.class"), "vn.cchc.api.unit.UnitOrderField", ORDER_FIELD)))
                .containsExactly("@ListOf is ordered by UnitAttribute and needs its order's description (order = \"...\")");
        assertThat(compile(Map.of("vn.cchc.api.unit.UnitView", view.formatted("").replace("@org.eclipse.microprofile.graphql.Type(\"Unit\")", ""))))
                .containsExactly("@ListOf names the list's types after the view's GraphQL type: give UnitView its @Type(\"...\")");
    }

    @Test
    void shouldWriteTheFilterOfAnEnumAsFiltersWereWrittenByHand() throws IOException {
        assertThat(compile(Map.of("vn.cchc.api.unit.UnitKindView", """
                package vn.cchc.api.unit;
                @org.eclipse.microprofile.graphql.Enum("UnitKind")
                @vn.cchc.processor.FilterOf("a unit kind (loại đơn vị)")
                public enum UnitKindView { PROVINCE, DEPARTMENT }"""))).isEmpty();
        String filter = generated("vn/cchc/api/unit/UnitKindFilter.java");
        assertThat(filter).contains("@Input(\"UnitKindFilter\")")
                .contains("@Description(\"Conditions on a unit kind (loại đơn vị); every operator given must hold.\")")
                .contains("public UnitKindView eq;").contains("public List<UnitKindView> in;").contains("public Boolean isNull;")
                .contains("return Scalars.enumCondition(path, attribute, eq, in, isNull);");
    }

    @Test
    void shouldRefuseAFilterOfNoEnumOrOfAnEnumWithoutItsGraphQLName() throws IOException {
        assertThat(compile(Map.of("vn.cchc.api.unit.UnitKindView", """
                package vn.cchc.api.unit;
                @vn.cchc.processor.FilterOf("a unit kind")
                public class UnitKindView {}"""))).containsExactly("@FilterOf declares the filter of an enum view: a top-level enum");
        assertThat(compile(Map.of("vn.cchc.api.unit.UnitKindView", """
                package vn.cchc.api.unit;
                @vn.cchc.processor.FilterOf("a unit kind")
                public enum UnitKindView { PROVINCE }""")))
                .containsExactly("@FilterOf names the filter after the enum's GraphQL name: give UnitKindView its @Enum(\"...\")");
    }

    /** Compiles the sources with the API's stand-ins and the processor; the errors. */
    private List<String> compile(Map<String, String> sources) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            Path sourceOutput = Files.createDirectories(out.resolve("sources"));
            Path classOutput = Files.createDirectories(out.resolve("classes"));
            files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(sourceOutput));
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classOutput));
            List<JavaFileObject> units = Stream.of(API, FILTER_API, sources).flatMap(m -> m.entrySet().stream())
                    .map(s -> source(s.getKey(), s.getValue())).collect(Collectors.toCollection(ArrayList::new));
            JavaCompiler.CompilationTask task = compiler.getTask(null, files, diagnostics,
                    List.of("-encoding", "UTF-8", "-classpath", System.getProperty("java.class.path")),
                    null, units);
            task.setProcessors(List.of(new ListProcessor(), new EnumFilterProcessor()));
            task.call();
        }
        return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getMessage(null)).toList();
    }

    private String generated(String path) throws IOException {
        return Files.readString(out.resolve("sources").resolve(path), StandardCharsets.UTF_8);
    }

    private static JavaFileObject source(String qualifiedName, String text) {
        return new SimpleJavaFileObject(URI.create("string:///" + qualifiedName.replace('.', '/') + ".java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        };
    }
}
