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
class ApiProcessorsTest {

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
            "vn.cchc.domain.unit.UnitAttribute", """
                    package vn.cchc.domain.unit;
                    public enum UnitAttribute implements vn.cchc.domain.shared.Attribute { CODE, NAME, SHORT_NAME, PARENT }""");

    /** The API's filter types an enum's filter builds on, as stand-ins. */
    private static final Map<String, String> FILTER_API = Map.of(
            "vn.cchc.domain.shared.Attribute", "package vn.cchc.domain.shared; public interface Attribute {}",
            "vn.cchc.domain.shared.Condition", "package vn.cchc.domain.shared; public interface Condition { Condition TRUE = null; }",
            "vn.cchc.api.filter.EntityFilter", """
                    package vn.cchc.api.filter;
                    public interface EntityFilter { vn.cchc.domain.shared.Condition toCondition(String path); }""",
            "vn.cchc.api.filter.StringFilter", """
                    package vn.cchc.api.filter;
                    public class StringFilter implements ScalarFilter {
                        public vn.cchc.domain.shared.Condition toCondition(String path, vn.cchc.domain.shared.Attribute a) { return null; }
                    }""",
            "vn.cchc.api.filter.Conditions", """
                    package vn.cchc.api.filter;
                    import vn.cchc.domain.shared.Attribute;
                    import vn.cchc.domain.shared.Condition;
                    public final class Conditions {
                        public static Conditions at(String path) { return new Conditions(); }
                        public Conditions on(String field, ScalarFilter filter, Attribute attribute) { return this; }
                        public Conditions on(String field, EntityFilter filter, Attribute relation) { return this; }
                        public Conditions given(String field, Object value, java.util.function.Supplier<Condition> c) { return this; }
                        public <F extends EntityFilter> Condition build(java.util.List<F> and, java.util.List<F> or, F not) { return null; }
                    }""",
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

    private static final String UNIT_VIEW = """
            package vn.cchc.api.unit;
            import org.eclipse.microprofile.graphql.Type;
            import vn.cchc.domain.unit.UnitAttribute;
            import vn.cchc.processor.ListOf;
            @Type("Unit")
            @ListOf(page = "units (danh sách đơn vị)", nodes = "units", edge = "An unit", node = "unit",
                    attributes = UnitAttribute.class, order = "units (sắp xếp đơn vị)", orderBy = {
                        @vn.cchc.processor.OrderBy(value = "CODE", description = "The code (mã đơn vị)."),
                        @vn.cchc.processor.OrderBy(value = "NAMES", description = "The names.", attributes = {"NAME", "CODE"})})
            public class UnitView {}""";

    @TempDir
    Path out;

    @Test
    void shouldWriteTheClassesOfAListAsTheyWereWrittenByHand() throws IOException {
        assertThat(compile(Map.of("vn.cchc.api.unit.UnitView", UNIT_VIEW)))
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
        assertThat(generated("vn/cchc/api/unit/UnitOrderField.java"))
                .contains("@Enum(\"UnitOrderField\")\n@Description(\"What units can be ordered by.\")\npublic enum UnitOrderField {")
                .contains("""
                            @Description("The code (mã đơn vị).")
                            CODE(UnitAttribute.CODE),
                            @Description("The names.")
                            NAMES(UnitAttribute.NAME, UnitAttribute.CODE);
                        """);
    }

    @Test
    void shouldCompileToTheAnnotationsTheEngineReads() throws Exception {
        assertThat(compile(Map.of("vn.cchc.api.unit.UnitView", UNIT_VIEW)))
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
                .containsExactly("@ListOf is ordered by UnitAttribute and needs the values it can be ordered by (orderBy = {@OrderBy(...), ...})");
        assertThat(compile(Map.of("vn.cchc.api.unit.UnitView", view.formatted(", attributes = vn.cchc.domain.unit.UnitAttribute.class,"
                + " order = \"units\", orderBy = @vn.cchc.processor.OrderBy(value = \"KIND\", description = \"The kind.\")"))))
                .containsExactly("@OrderBy(\"KIND\") orders by KIND, which UnitAttribute does not have");
        assertThat(compile(Map.of("vn.cchc.api.unit.UnitView", view.formatted(", order = \"units\""))))
                .containsExactly("@ListOf has an order but no attributes to order by");
        assertThat(compile(Map.of("vn.cchc.api.unit.UnitView", view.formatted(", attributes = String.class"))))
                .containsExactly("@ListOf orders by the attributes of an enum, not java.lang.String");
        assertThat(compile(Map.of("vn.cchc.api.unit.UnitView", view.formatted(", attributes = vn.cchc.domain.unit.UnitAttribute.class,"
                + " orderBy = @vn.cchc.processor.OrderBy(value = \"CODE\", description = \"The code.\")"))))
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

    private static final String UNIT_FILTER_FIELDS = """
            package vn.cchc.api.unit;
            import org.eclipse.microprofile.graphql.Description;
            import vn.cchc.api.filter.StringFilter;
            import vn.cchc.domain.shared.Condition;
            import vn.cchc.domain.unit.UnitAttribute;
            @vn.cchc.processor.FilterFields(name = "UnitFilter", attributes = UnitAttribute.class,
                    complement = "the exact complement, units without a value included", description = "Which units.")
            public abstract class UnitFilterFields {
                @Description("The code.")
                public StringFilter code;
                @Description("The short name.")
                public StringFilter shortName;
                @Description("The unit above.")
                public UnitFilter parent;
                @Description("Below this unit.")
                public String within;
                public static final int IGNORED = 1;
                Condition within(String path) { return Condition.TRUE; }
            }""";

    @Test
    void shouldWriteAnEntityFilterFromItsFields() throws IOException {
        assertThat(compile(Map.of("vn.cchc.api.unit.UnitFilterFields", UNIT_FILTER_FIELDS))).isEmpty();
        assertThat(generated("vn/cchc/api/unit/UnitFilter.java"))
                .contains("@Input(\"UnitFilter\")\n@Description(\"Which units.\")\n"
                        + "public class UnitFilter extends UnitFilterFields implements EntityFilter {")
                .contains("    public List<UnitFilter> and;").contains("    public List<UnitFilter> or;")
                .contains("@Description(\"This filter does not hold (không): the exact complement, units without a value included.\")\n"
                        + "    public UnitFilter not;")
                .contains("""
                                return Conditions.at(path)
                                        .on("code", code, UnitAttribute.CODE)
                                        .on("shortName", shortName, UnitAttribute.SHORT_NAME)
                                        .on("parent", parent, UnitAttribute.PARENT)
                                        .given("within", within, () -> within(path))
                                        .build(and, or, not);
                        """)
                .doesNotContain("IGNORED");
    }

    @Test
    void shouldRefuseAFilterFieldThatStandsForNothing() throws IOException {
        assertThat(compile(Map.of("vn.cchc.api.unit.UnitFilterFields", UNIT_FILTER_FIELDS.replace(
                "Condition within(String path) { return Condition.TRUE; }", ""))))
                .contains("field within stands for no attribute: UnitAttribute has no WITHIN, and UnitFilterFields has no"
                        + " method Condition within(String path)");
        assertThat(compile(Map.of("vn.cchc.api.unit.UnitFilterFields", UNIT_FILTER_FIELDS.replace(
                "public abstract class", "public class"))))
                .contains("@FilterFields declares a filter by its fields: a public abstract top-level class");
    }

    @Test
    void shouldRefuseAMirrorThatDoesNotNameTheDomainsConstantsInOrder() throws IOException {
        String mirror = """
                package vn.cchc.api.unit;
                @vn.cchc.processor.MirrorOf(vn.cchc.domain.unit.UnitAttribute.class)
                public enum UnitAttributeView { %s }""";
        assertThat(compile(Map.of("vn.cchc.api.unit.UnitAttributeView", mirror.formatted("CODE, NAME, SHORT_NAME, PARENT"))))
                .isEmpty();
        assertThat(compile(Map.of("vn.cchc.api.unit.UnitAttributeView", mirror.formatted("CODE, SHORT_NAME, NAME, PARENT"))))
                .containsExactly("UnitAttributeView mirrors UnitAttribute and must name its constants [CODE, NAME, SHORT_NAME, PARENT]"
                        + " in this order, not [CODE, SHORT_NAME, NAME, PARENT]");
        assertThat(compile(Map.of("vn.cchc.api.unit.UnitAttributeView", mirror.formatted("CODE, NAME, SHORT_NAME"))))
                .hasSize(1);
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
            task.setProcessors(List.of(new ListProcessor(), new EnumFilterProcessor(), new EntityFilterProcessor(),
                    new MirrorProcessor()));
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
