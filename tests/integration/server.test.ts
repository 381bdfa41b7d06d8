import { COMPRESSION_THRESHOLD } from '../../src/server/web/compression.js';
import { startHarness, type Harness } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

it('answers /healthz while the process lives', async () => {
  const response = await h.app.fetch('http://brein.test/healthz');
  expect(response.status).toBe(200);
});

it('answers /readyz 503 until migrations ran, then 200', async () => {
  h.readiness.migrated = false;
  expect((await h.app.fetch('http://brein.test/readyz')).status).toBe(503);
  h.readiness.migrated = true;
  expect((await h.app.fetch('http://brein.test/readyz')).status).toBe(200);
});

it('serves GraphiQL to a browser on /graphql', async () => {
  const response = await h.app.fetch('http://brein.test/graphql', { headers: { accept: 'text/html' } });
  expect(response.status).toBe(200);
  expect(await response.text()).toContain('graphiql');
});

it('answers a GET query', async () => {
  const response = await h.app.fetch('http://brein.test/graphql?query=%7B__typename%7D', {
    headers: { accept: 'application/json' },
  });
  expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
});

it('masks unexpected errors: no stack traces or database messages', async () => {
  const response = await h.gql('{ professionals(first: 1, after: "") { totalCount } }');
  expect(JSON.stringify(response)).not.toMatch(/Neo4j|stack|at .*\.ts/);
});

it('serves the schema as SDL on /schema.graphql, with the live operations', async () => {
  const response = await h.app.fetch('http://brein.test/schema.graphql');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  const sdl = await response.text();
  expect(sdl).toContain('type Subscription');
  expect(sdl).toMatch(/digest\(since: DateTime!/);
  expect(sdl).toContain('interface Node');
});

it('gives the bookmark of a write and reads after it when the bookmark comes back', async () => {
  const token = await h.token({ sub: 'bm-admin', role: 'admin' });
  const post = (query: string, headers: Record<string, string> = {}) =>
    h.app.fetch('http://brein.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
      body: JSON.stringify({ query }),
    });
  const written = await post('mutation { createTheme(input: { name: "Boekenlegger" }) { id } }');
  const bookmark = written.headers.get('x-brein-bookmark');
  expect(bookmark).toMatch(/^\S+$/);
  const { data } = (await written.json()) as { data: { createTheme: { id: string } } };
  const read = await post(`{ theme(id: "${data.createTheme.id}") { name } }`, {
    'x-brein-bookmark': bookmark!,
  });
  expect(await read.json()).toEqual({ data: { theme: { name: 'Boekenlegger' } } });
  // A read leaves no bookmark; a made-up bookmark is bad input, not an internal error.
  expect(read.headers.get('x-brein-bookmark')).toBeNull();
  const madeUp = await post('{ themes(first: 1) { totalCount } }', {
    'x-brein-bookmark': 'FB:not-a-real-bookmark',
  });
  const body = (await madeUp.json()) as { errors?: { extensions: { code: string } }[] };
  expect(body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
});

it('compresses JSON answers for clients that accept it, and leaves event streams alone', async () => {
  const query = encodeURIComponent('{ __schema { types { name description } } }');
  const zipped = await h.app.fetch(`http://brein.test/graphql?query=${query}`, {
    headers: { accept: 'application/json', 'accept-encoding': 'gzip' },
  });
  expect(zipped.headers.get('content-encoding')).toBe('gzip');
  // A small answer is sent as it is: compressing it would cost more than it saves.
  const small = await h.app.fetch(`http://brein.test/graphql?query=${encodeURIComponent('{ __typename }')}`, {
    headers: { accept: 'application/json', 'accept-encoding': 'gzip' },
  });
  expect(small.headers.get('content-encoding')).toBeNull();
  expect(await small.json()).toEqual({ data: { __typename: 'Query' } });
  const plain = await h.app.fetch(`http://brein.test/graphql?query=${query}`, {
    headers: { accept: 'application/json' },
  });
  expect(plain.headers.get('content-encoding')).toBeNull();
  expect(Buffer.byteLength(await plain.text())).toBeGreaterThanOrEqual(COMPRESSION_THRESHOLD);
  const stream = await h.app.fetch('http://brein.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', 'accept-encoding': 'gzip' },
    body: JSON.stringify({ query: 'subscription { insightAdded { id } }' }),
    signal: AbortSignal.timeout(1_000),
  });
  expect(stream.headers.get('content-type')).toContain('text/event-stream');
  expect(stream.headers.get('content-encoding') ?? 'none').toBe('none');
  await stream.body?.cancel().catch(() => undefined);
});
