// The one way the pages speak to the server: every GraphQL request and every download goes through here, with the
// signed-in user's Authorization header when there is one.
import { authorization } from './auth.js';
import { language } from './i18n.js';
// queries.js's documents with their operation names and SHA-256, made by the build (build.mjs) from the list it
// also writes as the server's trusted documents
import { PERSISTED } from 'persisted:documents';

// Each page loads one entry script from static/; the API and the export endpoint sit next to that folder, wherever
// the application is deployed.
const ENTRY = document.querySelector('script[type="module"][src]').src;
const ENDPOINT = new URL('../graphql', ENTRY);
const EXPORT = new URL('../export', ENTRY);

/** A page of the application by its path from the application's root, e.g. appUrl('workspace/'). */
export function appUrl(path) {
  return new URL(`../${path}`, ENTRY).href;
}

export class GraphQLError extends Error {
  constructor(errors) {
    super(errors.map((e) => e.message).join('; '));
    this.errors = errors;
  }

  /** The messages by the input path they name (extensions.field without its leading "input."). */
  get fields() {
    const byField = new Map();
    this.errors.filter((e) => e.extensions?.field).forEach((e) => {
      const path = e.extensions.field.replace(/^input\./, '');
      byField.set(path, [...(byField.get(path) ?? []), e.message]);
    });
    return byField;
  }

  /** The error of a stale version (CONFLICT): someone else changed the thing since it was read. */
  get conflict() {
    return this.errors.some((e) => e.extensions?.code === 'CONFLICT');
  }

  /** Whether the API refused for lack of rights: no credentials, wrong ones, or a role that may not read this. */
  get needsSignIn() {
    return this.errors.some((e) => ['UNAUTHENTICATED', 'FORBIDDEN'].includes(e.extensions?.code));
  }
}

const ACCEPT = 'application/graphql-response+json, application/json';

// the API words the messages of broken rules in the page's language
function headers(accept, body = true) {
  const h = body ? { 'Content-Type': 'application/json', Accept: accept } : { Accept: accept };
  h['Accept-Language'] = language();
  const auth = authorization();
  if (auth) {
    h.Authorization = auth;
  }
  return h;
}

async function answerOf(response) {
  return response.json().catch(() => ({ errors: [{ message: `HTTP ${response.status}` }] }));
}

/**
 * A document the build registered goes by GET with its hash alone, so that the browser's cache keeps the answer and
 * asks again with its ETag (Cache-Control: private, no-cache): 304 while the data did not change. A server that does
 * not know the hash (PERSISTED_QUERY_NOT_FOUND: 400 for the Accept sent here) is sent the document by POST with it.
 */
async function ask(query, variables) {
  const persisted = PERSISTED.get(query);
  if (!persisted) {
    return answerOf(await fetch(ENDPOINT, { method: 'POST', headers: headers(ACCEPT), body: JSON.stringify({ query, variables }) }));
  }
  const [operationName, sha256Hash] = persisted;
  const extensions = { persistedQuery: { version: 1, sha256Hash } };
  const url = new URL(ENDPOINT);
  url.searchParams.set('operationName', operationName);
  url.searchParams.set('variables', JSON.stringify(variables));
  url.searchParams.set('extensions', JSON.stringify(extensions));
  const answer = await answerOf(await fetch(url, { headers: headers(ACCEPT, false) }));
  if (answer.errors?.[0]?.extensions?.code !== 'PERSISTED_QUERY_NOT_FOUND') {
    return answer;
  }
  return answerOf(await fetch(ENDPOINT, {
    method: 'POST', headers: headers(ACCEPT), body: JSON.stringify({ query, operationName, variables, extensions }),
  }));
}

/** Runs a query and gives its data; any GraphQL error fails the whole call. */
export async function graphql(query, variables = {}) {
  const answer = await ask(query, variables);
  if (answer.errors?.length) {
    throw new GraphQLError(answer.errors);
  }
  return answer.data;
}

/**
 * Sends a mutation (by POST, never cached) and gives its data; a refusal throws a GraphQLError whose `fields` map
 * each input path the API named (extensions.field, e.g. "input.observations[2].numerator") to its messages.
 */
export async function mutate(mutation, variables = {}) {
  const answer = await ask(mutation, variables);
  if (answer.errors?.length) {
    throw new GraphQLError(answer.errors);
  }
  return answer.data;
}

/**
 * Every node of a root connection, page after page: the query takes `$after: String`, and its connection `field`
 * selects `nodes` and `pageInfo { hasNextPage endCursor }`. The API gives at most 100 rows a page; this is how a page
 * shows a whole list (the export endpoint pages the same query the same way).
 */
export async function allNodes(query, variables, field) {
  const nodes = [];
  let after = null;
  do {
    const connection = (await graphql(query, { ...variables, after }))[field];
    nodes.push(...connection.nodes);
    after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

/** The raw exchange GraphiQL needs: the answer as it is, errors included; its header editor's headers go along. */
export async function fetchGraphQL(params, extraHeaders = {}) {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { ...extraHeaders, ...headers(ACCEPT) },
    body: JSON.stringify(params),
  });
  return response.json();
}

/**
 * Sends a file as the body of a POST to an endpoint of the application (e.g. 'ingest/reports' with {unitCode,
 * fileName}, or 'import/dossiers' as text/csv) and gives its JSON answer; a refusal throws a GraphQLError with the
 * API's errors.
 */
export async function upload(path, params, file, type = 'application/octet-stream') {
  const url = new URL(appUrl(path));
  Object.entries(params).forEach(([name, value]) => url.searchParams.set(name, value));
  const response = await fetch(url, { method: 'POST', headers: { ...headers('application/json', false), 'Content-Type': type }, body: file });
  const answer = await answerOf(response);
  if (!response.ok) {
    throw new GraphQLError(answer.errors ?? [{ message: `HTTP ${response.status}` }]);
  }
  return answer;
}

/** Downloads the first list a query answers as CSV or XLSX, through the export endpoint (all of it in the paging shape). */
export async function download(query, variables, format, name) {
  const url = new URL(EXPORT);
  url.searchParams.set('format', format);
  url.searchParams.set('filename', name);
  const response = await fetch(url, {
    method: 'POST',
    headers: headers('*/*'),
    body: JSON.stringify({ query, variables }),
  });
  if (!response.ok) {
    const answer = await response.json().catch(() => ({ errors: [{ message: `HTTP ${response.status}` }] }));
    throw new GraphQLError(answer.errors ?? [{ message: `HTTP ${response.status}` }]);
  }
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = `${name}.${format}`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}
