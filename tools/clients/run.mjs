// The API through standard GraphQL clients from the npm registry: node run.mjs BASE_URL (the application's URL, e.g.
// http://localhost:9080/). Six suites in one process: Apollo Client and urql run representative queries of every
// part of the API (api-queries.mjs), the typed documents made from the dashboard's own queries walk the dashboard
// (src/dashboard-client.ts, compiled by `npm run build`), Apollo's persisted-queries link sends hashes by GET, a stale
// write must answer CONFLICT and change nothing, and graphql-http audits the endpoint against GraphQL over HTTP. Prints one JSON line per check and a summary line;
// exits non-zero when any check failed.
import { createHash, randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client/core/index.js';
import { loadDevMessages, loadErrorMessages } from '@apollo/client/dev/index.js';
import { createPersistedQueryLink } from '@apollo/client/link/persisted-queries/index.js';
import { parse, print } from 'graphql';
import { Client, cacheExchange, fetchExchange } from '@urql/core';
import { auditServer } from 'graphql-http';
import { API_QUERIES, need } from './api-queries.mjs';
// the documents the pages send, which the build registers as the server's trusted documents
import * as PAGE_QUERIES from '../../webapp/src/main/frontend/src/common/queries.js';

if (!process.argv[2]) {
  console.error('usage: node run.mjs BASE_URL');
  process.exit(2);
}
const base = process.argv[2].endsWith('/') ? process.argv[2] : `${process.argv[2]}/`;
const endpoint = new URL('graphql', base).href;

/** A development user's HTTP Basic header: its password is its name followed by "-dev". */
const basic = (user) => `Basic ${Buffer.from(`${user}:${user}-dev`).toString('base64')}`;
const ANALYST = basic('analyst');
const ADMIN = basic('admin');

// Every request is bounded, and so is the whole run: a server that stops answering fails a check instead of
// hanging the build.
const REQUEST_TIMEOUT_MS = 30_000;
const RUN_TIMEOUT_MS = 240_000;

function timedFetch(input, init = {}) {
  const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  const signal = init.signal && AbortSignal.any ? AbortSignal.any([init.signal, timeout]) : init.signal ?? timeout;
  return fetch(input, { ...init, signal });
}

// ---- reporting

const started = performance.now();
const lines = [];

/** What went wrong, with the GraphQL errors and the HTTP status a client library wraps. */
function describe(error) {
  const parts = [error?.message ?? String(error)];
  const graphQLErrors = error?.graphQLErrors ?? [];
  if (graphQLErrors.length > 0) {
    parts.push(`errors: ${JSON.stringify(graphQLErrors.map(({ message, path, extensions }) => ({ message, path, extensions })))}`);
  }
  const network = error?.networkError;
  if (network) {
    parts.push(`network error: ${network.statusCode ?? ''} ${network.message} ${JSON.stringify(network.result ?? network.bodyText ?? '')}`);
  }
  if (error?.response?.status) {
    // urql's error keeps the response: a query string in its URL tells a GET from a POST
    const url = new URL(error.response.url);
    parts.push(`HTTP ${error.response.status} to ${url.search ? `GET ${url.pathname}?query=...` : `POST ${url.pathname}`}`);
  }
  return parts.join('; ');
}

function record(line) {
  lines.push(line);
  console.log(JSON.stringify(line));
}

/** Runs one named check of a suite and records it; gives the check's value, or rethrows its failure. */
async function check(suite, name, run) {
  const start = performance.now();
  try {
    const value = await run();
    record({ suite, check: name, ok: true, ms: Math.round(performance.now() - start) });
    return value;
  } catch (error) {
    record({ suite, check: name, ok: false, ms: Math.round(performance.now() - start), error: describe(error) });
    throw error;
  }
}

/** A check that the later ones do not depend on: its failure is recorded and the run goes on. */
const attempt = (suite, name, run) => check(suite, name, run).catch(() => undefined);

// ---- clients

// Apollo's warnings and errors in words (to stderr) rather than as links to its website
loadDevMessages();
loadErrorMessages();

/** Apollo Client as its documentation sets it up: a normalising InMemoryCache (it adds __typename) over HttpLink. */
function apollo(authorization) {
  return new ApolloClient({
    cache: new InMemoryCache(),
    link: new HttpLink({ uri: endpoint, headers: { Authorization: authorization }, fetch: timedFetch }),
  });
}

/** urql with its default exchanges and settings, counting the requests it sends, signed in with this header. */
function urql(authorization) {
  const counter = { requests: 0 };
  const client = new Client({
    url: endpoint,
    exchanges: [cacheExchange, fetchExchange],
    fetchOptions: { headers: { Authorization: authorization } },
    fetch: (input, init) => {
      counter.requests += 1;
      return timedFetch(input, init);
    },
  });
  return { client, counter };
}

const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

// The server knows a trusted document by the SHA-256 of its exact text, Apollo sends print(document): a client holding
// the build's documents gives the link their hashes, as one holding a persisted-documents.json would.
const TRUSTED = new Map(Object.values(PAGE_QUERIES).map((text) => [print(parse(text)), sha256(text)]));

/**
 * Apollo Client with its persisted-queries link, hashed queries by GET, recording each exchange: the method, whether
 * the document went along (in the URL or the body), the hash, the answer's first error code and extensions.cache
 * (Apollo keeps an answer's extensions to itself; the recording reads a copy of the response). No __typename is
 * added, so that the pages' documents stay the ones the server trusts.
 */
function persistedApollo(authorization) {
  const exchanges = [];
  const recording = async (input, init = {}) => {
    const response = await timedFetch(input, init);
    const url = new URL(input);
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : {};
    const extensions = url.searchParams.has('extensions') ? JSON.parse(url.searchParams.get('extensions')) : body.extensions;
    const answer = await response.clone().json().catch(() => ({}));
    exchanges.push({
      method: init.method ?? 'GET', status: response.status,
      query: url.searchParams.has('query') || body.query !== undefined,
      hash: extensions?.persistedQuery?.sha256Hash,
      code: answer.errors?.[0]?.extensions?.code, cache: answer.extensions?.cache,
    });
    return response;
  };
  const client = new ApolloClient({
    cache: new InMemoryCache({ addTypename: false }),
    link: createPersistedQueryLink({
      useGETForHashedQueries: true,
      generateHash: (document) => TRUSTED.get(print(document)) ?? sha256(print(document)),
    }).concat(new HttpLink({ uri: endpoint, headers: { Authorization: authorization }, fetch: recording })),
  });
  return { client, exchanges };
}

/**
 * Runs the named queries with one client, each checked against what its answer must hold; gives each answer
 * that passed, by name. `execute(query, variables)` resolves to the data or rejects on any error.
 */
async function runQueries(suite, execute, queries) {
  const answers = new Map();
  for (const { name, query, variables, expect } of queries) {
    await attempt(suite, name, async () => {
      const data = await execute(query, variables);
      need(data, 'no data');
      expect(data);
      answers.set(name, data);
    });
  }
  return answers;
}

// ---- suites

async function apolloSuite() {
  const client = apollo(ANALYST);
  const answers = await runQueries('apollo', async (query, variables) => {
    const result = await client.query({ query, variables });
    need(!result.errors?.length, `errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  }, API_QUERIES);
  // What a normalising cache needs from the server: every object named by __typename and id, so that one unit
  // reached by several paths is one entry, and every answer can be read back from the cache alone.
  await attempt('apollo', 'cache normalises by __typename and id', async () => {
    const entries = client.cache.extract();
    const department = answers.get('directory')?.units.nodes.find((u) => u.code === 'NA-SKHCN');
    const report = answers.get('reports')?.reports.nodes[0];
    need(department && report, 'the directory or the reports did not answer');
    need(department.__typename === 'Unit' && report.__typename === 'Report', 'no __typename in the answers');
    const unitKey = client.cache.identify(department);
    need(entries[unitKey]?.code === 'NA-SKHCN', `no cache entry ${unitKey}`);
    need(client.cache.identify(report.unit) === unitKey, "the report's unit is not the directory's entry");
    for (const typename of ['Unit', 'Document', 'Procedure', 'Report', 'Observation']) {
      need(Object.keys(entries).some((key) => key.startsWith(`${typename}:`)), `no ${typename} normalised`);
    }
  });
  await attempt('apollo', 'every answer reads back from the cache', async () => {
    for (const { name, query, variables } of API_QUERIES.filter((q) => answers.has(q.name))) {
      const cached = client.readQuery({ query, variables });
      need(isDeepStrictEqual(cached, answers.get(name)), `${name} reads back otherwise from the cache`);
    }
  });
}

async function urqlSuite() {
  const { client, counter } = urql(ANALYST);
  const execute = async (query, variables) => {
    const result = await client.query(query, variables).toPromise();
    if (result.error) {
      throw result.error;
    }
    return result.data;
  };
  const answers = await runQueries('urql', execute, API_QUERIES);
  // urql's document cache answers a query it saw again without a request, and knows what to invalidate by the
  // __typename it adds to every selection
  await attempt('urql', 'document cache answers a repeated query', async () => {
    const [first] = API_QUERIES.filter((q) => answers.has(q.name));
    need(first, 'no query answered');
    const sent = counter.requests;
    need(isDeepStrictEqual(await execute(first.query, first.variables), answers.get(first.name)), 'another answer from the cache');
    need(counter.requests === sent, 'the repeated query was sent again');
  });
}

async function generatedSuite() {
  let walkDashboard;
  try {
    ({ walkDashboard } = await import('./dist/src/dashboard-client.js'));
  } catch (error) {
    record({ suite: 'generated', check: 'compiled client', ok: false, error: `run \`npm run build\` first: ${error.message}` });
    return;
  }
  await walkDashboard(apollo(ANALYST), (name, run) => check('generated', name, run));
}

/** What the exchanges were, for a failure message. */
const told = (exchanges) => JSON.stringify(exchanges);

/** Apollo's automatic persisted queries by GET: a trusted document by its hash at once, another after registering it. */
async function persistedSuite() {
  const { client, exchanges } = persistedApollo(ANALYST);
  const ask = async (query) => {
    exchanges.length = 0;
    const { data } = await client.query({ query, fetchPolicy: 'network-only' });
    return data;
  };
  const hashOnly = (e) => e.method === 'GET' && !e.query && e.hash;
  await attempt('persisted', "a page's trusted document is answered by its hash alone", async () => {
    const data = await ask(gql(PAGE_QUERIES.PROVINCES));
    need(data.units.nodes.some((u) => u.code === 'NA'), `provinces: ${JSON.stringify(data.units.nodes)}`);
    need(exchanges.length === 1 && hashOnly(exchanges[0]) === sha256(PAGE_QUERIES.PROVINCES) && !exchanges[0].code,
      `exchanges: ${told(exchanges)}`);
  });
  // an alias of its own: no earlier run registered this document
  const probe = gql(`query PersistedProbe { probe_${randomUUID().replaceAll('-', '')}: unit(code: "NA-SKHCN") { code name } }`);
  const expectUnit = (data) => need(Object.values(data)[0]?.code === 'NA-SKHCN', `answer: ${JSON.stringify(data)}`);
  const registered = await check('persisted', 'an unknown hash by GET, then the document with it by POST', async () => {
    expectUnit(await ask(probe));
    const [first, retry] = exchanges;
    need(exchanges.length === 2 && hashOnly(first) && first.code === 'PERSISTED_QUERY_NOT_FOUND', `exchanges: ${told(exchanges)}`);
    need(retry.method === 'POST' && retry.query && retry.hash === first.hash && !retry.code, `exchanges: ${told(exchanges)}`);
    return true;
  }).catch(() => false);
  if (registered) {
    await attempt('persisted', 'asked again: one GET with the hash alone, answered from the response cache', async () => {
      expectUnit(await ask(probe));
      need(exchanges.length === 1 && hashOnly(exchanges[0]) && !exchanges[0].code, `exchanges: ${told(exchanges)}`);
      need(exchanges[0].cache === 'HIT', `extensions.cache ${exchanges[0].cache}`);
    });
  }
}

const UNIT_VERSION = gql`query UnitVersion($code: String!) { unit(code: $code) { id code name shortName version } }`;
const RENAME_UNIT = gql`mutation RenameUnit($input: RenameUnitInput!) {
  renameUnit(input: $input) { version unit { id code name shortName version } }
}`;

/** Optimistic locking as a client meets it: a write with a version read before someone else's change. */
async function conflictSuite() {
  const client = apollo(ADMIN);
  const code = 'NA-SNV';
  const read = async () => {
    const { data } = await client.query({ query: UNIT_VERSION, variables: { code }, fetchPolicy: 'network-only' });
    need(data.unit, `no unit ${code}`);
    return data.unit;
  };
  const before = await check('conflict', `read ${code}`, read).catch(() => null);
  if (!before) {
    return;
  }
  await attempt('conflict', 'renameUnit with a stale version answers CONFLICT', async () => {
    const stale = before.version > 0 ? before.version - 1 : before.version + 1;
    const { data, errors = [] } = await client.mutate({
      mutation: RENAME_UNIT,
      variables: { input: { code, name: `${before.name} (cũ)`, shortName: before.shortName, version: stale } },
      errorPolicy: 'all',
    });
    need(errors.length === 1, `${errors.length} errors: ${JSON.stringify(errors)}`);
    const [error] = errors;
    need(error.extensions?.code === 'CONFLICT', `code ${error.extensions?.code}: ${error.message}`);
    need(error.extensions.currentVersion === before.version,
      `currentVersion ${error.extensions.currentVersion}, the unit's version is ${before.version}`);
    need(error.path?.[0] === 'renameUnit', `path ${JSON.stringify(error.path)}`);
    need(!data?.renameUnit, `renamed nonetheless: ${JSON.stringify(data)}`);
  });
  await attempt('conflict', 'the unit is unchanged', async () => {
    const after = await read();
    need(isDeepStrictEqual(after, before), `was ${JSON.stringify(before)}, is ${JSON.stringify(after)}`);
  });
}

/** graphql-http's audit of GraphQL over HTTP: every MUST (error) and SHOULD (warn) holds; a MAY (notice) is told. */
async function auditSuite() {
  const results = await check('audit', 'auditServer', () => auditServer({
    url: endpoint,
    fetchFn: (input, init = {}) => {
      const headers = new Headers(init.headers);
      headers.set('Authorization', ANALYST);
      return timedFetch(input, { ...init, headers });
    },
  })).catch(() => []);
  const counts = { ok: 0, notice: 0, warn: 0, error: 0 };
  for (const result of results) {
    counts[result.status] += 1;
    if (result.status !== 'ok') {
      const status = result.response?.status;
      const body = result.response && !result.response.bodyUsed ? await result.response.text().catch(() => '') : '';
      record({
        suite: 'audit', check: `${result.id} ${result.name}`, ok: result.status === 'notice', status: result.status,
        [result.status === 'notice' ? 'note' : 'error']: `${result.reason} (HTTP ${status}${body ? `: ${body.slice(0, 300)}` : ''})`,
      });
    }
  }
  if (results.length > 0) {
    const ok = counts.error === 0 && counts.warn === 0;
    record({ suite: 'audit', check: 'no MUST or SHOULD fails', ok, counts,
      ...(ok ? {} : { error: `${counts.error} MUST and ${counts.warn} SHOULD fail` }) });
  }
}

// ---- run

const watchdog = setTimeout(() => {
  record({ suite: 'summary', ok: false, error: `the run took longer than ${RUN_TIMEOUT_MS / 1000} s` });
  process.exit(1);
}, RUN_TIMEOUT_MS);

// the suites share nothing but the server, so they run side by side: the run takes as long as the longest
await Promise.all([apolloSuite, urqlSuite, generatedSuite, persistedSuite, conflictSuite, auditSuite].map((suite) => suite().catch((error) => {
  // a failure outside any check: recorded as a check of its own, so that no suite fails silently
  record({ suite: suite.name.replace(/Suite$/, ''), check: 'suite', ok: false, error: describe(error) });
})));
clearTimeout(watchdog);
const failed = lines.filter((line) => !line.ok).length;
record({ suite: 'summary', ok: failed === 0, passed: lines.length - failed, failed, ms: Math.round(performance.now() - started) });
process.exit(failed === 0 ? 0 : 1);
