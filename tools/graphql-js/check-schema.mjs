// Checks a published SDL file with graphql-js, the reference implementation GraphiQL and the code generators build on:
//   node check-schema.mjs SCHEMA.graphql [BASE_URL [AUTHORIZATION]]
// It fails unless graphql-js builds a valid schema from the file and every type, field, argument, input field and enum
// value in it has a description (what GraphiQL shows an official). Given the server's address, it also asks the server
// for its schema with graphql-js's own introspection query and fails unless that describes exactly the same schema.
import { readFileSync } from 'node:fs';
import {
  buildClientSchema, buildSchema, getIntrospectionQuery, isEnumType, isInputObjectType, isInterfaceType, isObjectType,
  isSpecifiedScalarType, lexicographicSortSchema, printSchema, validateSchema,
} from 'graphql';

const [sdlPath, baseUrl, authorization] = process.argv.slice(2);

function fail(lines) {
  lines.forEach((line) => console.error(line));
  process.exit(1);
}

/** Every element of the schema that says nothing about itself. */
function undescribed(schema) {
  const missing = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
    if (!type.description) missing.push(`type ${type.name}`);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`field ${type.name}.${field.name}`);
        field.args.filter((a) => !a.description).forEach((a) => missing.push(`argument ${type.name}.${field.name}(${a.name})`));
      }
    }
    if (isInputObjectType(type)) {
      Object.values(type.getFields()).filter((f) => !f.description).forEach((f) => missing.push(`input field ${type.name}.${f.name}`));
    }
    if (isEnumType(type)) {
      type.getValues().filter((v) => !v.description).forEach((v) => missing.push(`enum value ${type.name}.${v.name}`));
    }
  }
  return missing;
}

let schema;
try {
  schema = buildSchema(readFileSync(sdlPath, 'utf8'));
} catch (e) {
  fail([e.message]);
}
const invalid = validateSchema(schema);
if (invalid.length > 0) fail(invalid.map((e) => e.message));
const missing = undescribed(schema);
if (missing.length > 0) fail([`${missing.length} elements have no description:`, ...missing]);

if (baseUrl) {
  const answer = await fetch(new URL('graphql', baseUrl), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(authorization ? { Authorization: authorization } : {}) },
    body: JSON.stringify({ query: getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, specifiedByUrl: true }) }),
  });
  const result = await answer.json();
  if (answer.status !== 200 || result.errors) fail([`introspection answered ${answer.status}: ${JSON.stringify(result.errors)}`]);
  // both in name order: each keeps the order its source gave the types in
  const [introspected, published] = [buildClientSchema(result.data), schema].map((s) => printSchema(lexicographicSortSchema(s)));
  if (introspected !== published) {
    const [a, b] = [introspected.split('\n'), published.split('\n')];
    const at = a.findIndex((line, i) => line !== b[i]);
    fail(['introspection and the SDL differ, first at line ' + (at + 1) + ':', `  introspection: ${a[at]}`, `  SDL:           ${b[at]}`]);
  }
}
console.log(`valid: ${Object.keys(schema.getTypeMap()).length} types, every element described`
  + (baseUrl ? ', introspection describes the same schema' : ''));
