// Reads an SDL file and fails unless graphql-js builds a valid schema from it: what code generators and GraphiQL
// need from /graphql/schema.graphql.
import { readFileSync } from 'node:fs';
import { buildSchema, validateSchema } from 'graphql';

const sdl = readFileSync(process.argv[2], 'utf8');
try {
  const schema = buildSchema(sdl);
  const errors = validateSchema(schema);
  if (errors.length > 0) {
    errors.forEach((e) => console.error(e.message));
    process.exit(1);
  }
  console.log(`valid: ${Object.keys(schema.getTypeMap()).length} types`);
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
