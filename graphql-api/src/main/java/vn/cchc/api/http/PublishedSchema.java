package vn.cchc.api.http;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.language.Description;
import graphql.language.EnumTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.DirectiveInfo;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.SchemaPrinter;
import graphql.schema.idl.TypeDefinitionRegistry;
import jakarta.json.Json;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The schema as the engine prints it, made whole: the engine uses scalars (Date, BigInteger, ...) without
 * declaring them, which standard tools reject, and drops the descriptions of enum values, which the application's
 * enums declare ({@link EnumDescriptions}). The whole SDL is what the API publishes; the schema is what requests are
 * validated against before they reach the engine, and what answers introspection, so that both say the same.
 */
final class PublishedSchema {

    private static final Set<String> BUILT_IN = Set.of("Int", "Float", "String", "Boolean", "ID");
    /** The schema's own types and directives, in name order; the directives every GraphQL server has are left out. */
    private static final SchemaPrinter PRINTER = new SchemaPrinter(SchemaPrinter.Options.defaultOptions()
            .includeDirectiveDefinition(name -> !DirectiveInfo.isGraphqlSpecifiedDirective(name)));

    private final String sdl;
    private final GraphQLSchema schema;
    /** graphql-java over the published schema: it answers introspection, never data (its fetchers are mocks). */
    private final GraphQL introspection;

    private PublishedSchema(String sdl, GraphQLSchema schema) {
        this.sdl = sdl;
        this.schema = schema;
        this.introspection = GraphQL.newGraphQL(schema).build();
    }

    /** The engine's printout made whole; {@code enumValues} are the descriptions of enum values by type and value. */
    static PublishedSchema of(String engineSdl, Map<String, Map<String, String>> enumValues) {
        TypeDefinitionRegistry registry = new SchemaParser().parse(engineSdl);
        for (EnumTypeDefinition type : List.copyOf(registry.getTypes(EnumTypeDefinition.class))) {
            Map<String, String> described = enumValues.getOrDefault(type.getName(), Map.of());
            registry.remove(type);
            registry.add(type.transform(t -> t.enumValueDefinitions(type.getEnumValueDefinitions().stream()
                    .map(v -> described.containsKey(v.getName()) && v.getDescription() == null
                            ? v.transform(d -> d.description(new Description(described.get(v.getName()), null, false))) : v)
                    .toList())));
        }
        Set<String> undeclared = new TreeSet<>();
        Stream.concat(
                registry.getTypes(ObjectTypeDefinition.class).stream().flatMap(t -> t.getFieldDefinitions().stream()),
                registry.getTypes(InterfaceTypeDefinition.class).stream().flatMap(t -> t.getFieldDefinitions().stream()))
                .forEach(f -> {
                    undeclared.add(name(f.getType()));
                    f.getInputValueDefinitions().forEach(a -> undeclared.add(name(a.getType())));
                });
        registry.getTypes(InputObjectTypeDefinition.class).stream()
                .flatMap(t -> t.getInputValueDefinitions().stream())
                .map(InputValueDefinition::getType)
                .forEach(t -> undeclared.add(name(t)));
        undeclared.removeIf(n -> BUILT_IN.contains(n) || registry.getType(n).isPresent() || registry.scalars().containsKey(n));
        for (String scalar : undeclared) {
            registry.add(ScalarTypeDefinition.newScalarTypeDefinition().name(scalar)
                    .description(new Description(description(scalar), null, false)).build());
        }
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(registry, EngineScalars.wiring());
        return new PublishedSchema(PRINTER.print(schema), schema);
    }

    private static String description(String scalar) {
        return switch (scalar) {
            case "Date" -> "A calendar date in ISO-8601, e.g. 2022-01-26 (ngày).";
            case "DateTime" -> "A date and time in ISO-8601 with offset (ngày giờ).";
            case "BigInteger" -> "A whole number that may exceed 32 bits (số nguyên lớn).";
            case "BigDecimal" -> "A decimal number (số thập phân).";
            default -> "A scalar of the engine: " + scalar + ".";
        };
    }

    private static String name(Type<?> type) {
        Type<?> t = type;
        while (!(t instanceof TypeName)) {
            t = (Type<?>) t.getChildren().get(0);
        }
        return ((TypeName) t).getName();
    }

    String sdl() {
        return sdl;
    }

    GraphQLSchema schema() {
        return schema;
    }

    /** The answer to a request that {@link QueryCheck} found to ask only about the schema, as JSON. */
    String introspect(GraphQLRequest request) {
        ExecutionResult result = introspection.execute(ExecutionInput.newExecutionInput(request.query())
                .operationName(request.operationName()).variables(request.plainVariables()).locale(Locale.ENGLISH).build());
        return Json.createObjectBuilder(result.toSpecification()).build().toString();
    }
}
