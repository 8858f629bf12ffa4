package vn.cchc.api.http;

import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The schema as the engine prints it, made whole: the engine uses scalars (Date, BigInteger, ...) without
 * declaring them, which standard tools reject. The whole SDL is what the API publishes; the parsed schema is
 * what requests are validated against before they reach the engine.
 */
final class PublishedSchema {

    private static final Set<String> BUILT_IN = Set.of("Int", "Float", "String", "Boolean", "ID");

    private final String sdl;
    private final GraphQLSchema schema;

    private PublishedSchema(String sdl, GraphQLSchema schema) {
        this.sdl = sdl;
        this.schema = schema;
    }

    static PublishedSchema of(String engineSdl) {
        TypeDefinitionRegistry registry = new SchemaParser().parse(engineSdl);
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
        StringBuilder whole = new StringBuilder(engineSdl.strip()).append('\n');
        for (String scalar : undeclared) {
            registry.add(ScalarTypeDefinition.newScalarTypeDefinition().name(scalar).build());
            whole.append("\n\"").append(description(scalar)).append("\"\nscalar ").append(scalar).append('\n');
        }
        return new PublishedSchema(whole.toString(), new SchemaGenerator().makeExecutableSchema(registry, EngineScalars.wiring()));
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
}
