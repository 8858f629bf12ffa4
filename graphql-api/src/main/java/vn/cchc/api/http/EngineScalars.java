package vn.cchc.api.http;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.AstPrinter;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLScalarType;
import graphql.schema.idl.MockedWiringFactory;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.ScalarWiringEnvironment;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The engine's own scalars, read as the engine reads them, for the schema queries are checked against. A value
 * the engine cannot read makes it fail with a server error (a NoSuchMethodError while it words the error), so a
 * wrong date must be refused before: as a validation error when written in the query, as a bad variable when
 * given in one. Scalars without a reader here are taken as they come.
 */
final class EngineScalars {

    private static final GraphQLScalarType DATE = GraphQLScalarType.newScalar().name("Date").coercing(new IsoDate()).build();

    private EngineScalars() {
    }

    /** The wiring of a schema that is checked against and never executed: the engine's scalars, the rest mocked. */
    static RuntimeWiring wiring() {
        return RuntimeWiring.newRuntimeWiring().scalar(DATE).wiringFactory(new MockedWiringFactory() {
            @Override
            public boolean providesScalar(ScalarWiringEnvironment environment) {
                String name = environment.getScalarTypeDefinition().getName();
                return !name.equals(DATE.getName()) && super.providesScalar(environment);
            }
        }).build();
    }

    /** A calendar date as the engine reads a LocalDate: ISO-8601, yyyy-MM-dd, and a day that exists. */
    private static final class IsoDate implements Coercing<LocalDate, String> {

        @Override
        public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
            LocalDate date = input instanceof String text ? parse(text) : null;
            if (date == null) {
                throw new CoercingParseValueException(expected(String.valueOf(input)));
            }
            return date;
        }

        @Override
        public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            LocalDate date = input instanceof StringValue text ? parse(text.getValue()) : null;
            if (date == null) {
                throw new CoercingParseLiteralException(expected(AstPrinter.printAst(input)));
            }
            return date;
        }

        private static LocalDate parse(String text) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }

        private static String expected(String given) {
            return "expected an ISO-8601 date such as 2022-01-26, got " + given;
        }
    }
}
