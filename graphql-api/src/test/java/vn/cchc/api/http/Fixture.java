package vn.cchc.api.http;

import graphql.schema.GraphQLSchema;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;

/** What the checks are tried on: a small schema, printed the way the engine prints the real one, and requests. */
final class Fixture {

    /** Lists are connections, as in the real schema; Date is used and not declared, as the engine prints it. */
    static final GraphQLSchema SCHEMA = PublishedSchema.of("""
            type Query {
              unit(code: String!): Unit
              units(filter: UnitFilter, first: Int, after: String): UnitConnection!
              documents(first: Int, after: String): DocumentConnection!
            }
            input UnitFilter {
              parentCode: String
              validOn: Date
            }
            type UnitConnection {
              nodes: [Unit!]!
              edges: [UnitEdge!]!
              totalCount: Int!
            }
            type UnitEdge {
              cursor: String!
              node: Unit!
            }
            type Unit {
              code: String!
              name: String!
              validFrom: Date
              parent: Unit
              predecessors: [Unit!]!
              children(first: Int, after: String): UnitConnection!
              documents(first: Int, after: String): DocumentConnection!
            }
            type DocumentConnection {
              nodes: [Document!]!
              totalCount: Int!
            }
            type Document {
              number: String!
              issuer: Unit
            }
            """, java.util.Map.of()).schema();

    private Fixture() {
    }

    /** A request body as a client sends it. */
    static String request(String query, String operationName, String variablesJson) {
        return Json.createObjectBuilder().add("query", query)
                .add("operationName", operationName == null ? JsonValue.NULL : Json.createValue(operationName))
                .add("variables", Json.createReader(new StringReader(variablesJson)).readObject())
                .build().toString();
    }

    static QueryCheck.Verdict check(QueryLimits limits, String query, String operationName, String variablesJson) throws Refusal {
        return QueryCheck.check(SCHEMA, GraphQLRequest.read(request(query, operationName, variablesJson), 64), limits);
    }
}
