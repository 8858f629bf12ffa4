// The GraphQL documents the pages send, each known by the SHA-256 of its exact text: the build writes them into the
// WAR as the server's trusted documents (/WEB-INF/trusted-documents.json) and gives the pages each document's hash,
// both from this one list, so that the pages send a hash the server knows without hashing in the browser.
import { createHash } from 'node:crypto';
import { Kind, parse } from 'graphql';
import * as QUERIES from './src/common/queries.js';

/** Every export of common/queries.js: [export name, text, operation name, SHA-256]; each must be one named query. */
export function trustedDocuments() {
  return Object.entries(QUERIES).map(([name, text]) => {
    const operations = parse(text).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    // a mutation is sent by POST in full, and a GET needs the operation's name
    if (operations.length !== 1 || operations[0].operation !== 'query' || !operations[0].name) {
      throw new Error(`queries.js ${name}: not one named query`);
    }
    return [name, text, operations[0].name.value, createHash('sha256').update(text, 'utf8').digest('hex')];
  });
}

/** The server's format, GraphQL Code Generator's persisted-documents.json: {"<sha256>": "<document>"}. */
export function manifest(documents) {
  return JSON.stringify(Object.fromEntries(documents.map(([, text, , hash]) => [hash, text])), null, 2);
}

/**
 * A module the pages import as 'persisted:documents': each document's text (the very string queries.js exports)
 * mapped to its operation name and hash, without a second copy of the text in the bundle.
 */
export function pageModule(documents) {
  const entries = documents.map(([name, , operation, hash]) => `  [Q.${name}, ${JSON.stringify([operation, hash])}],`);
  return `import * as Q from './queries.js';\nexport const PERSISTED = new Map([\n${entries.join('\n')}\n]);\n`;
}
