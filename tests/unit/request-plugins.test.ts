import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import type { GraphQLFormattedError } from 'graphql';
import { createSchema, createYoga, type Plugin } from 'graphql-yoga';
import { useRequestBodyLimit } from '../../src/server/request-body.js';
import {
  useContractErrorCodes,
  useProductionErrors,
  useReadiness,
  useValidationCache,
} from '../../src/server/plugins.js';

const schema = createSchema({
  typeDefs: 'type Query { ok: Boolean }',
  resolvers: { Query: { ok: () => true } },
});
const LIMIT = 1_000;

let validations = 0;
/** Counts how often documents are validated. */
const useCountedValidation = (): Plugin => ({
  onValidate({ addValidationRule }) {
    addValidationRule(() => {
      validations += 1;
      return {};
    });
  },
});

let ready = true;
const yoga = createYoga({
  schema,
  logging: false,
  maxRequestBodySize: false,
  parserAndValidationCache: { validationCache: false },
  plugins: [
    useCountedValidation(),
    useReadiness('/readyz', async () => ready),
    useValidationCache(),
    useRequestBodyLimit(LIMIT),
  ],
});

const query = (q: string) => JSON.stringify({ query: q });
const oversized = JSON.stringify({ query: '{ ok }', variables: { padding: 'x'.repeat(LIMIT) } });
const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  yoga.fetch('http://brein.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    duplex: 'half',
  } as RequestInit);
const streamOf = (text: string) => Readable.toWeb(Readable.from([Buffer.from(text)])) as ReadableStream;

describe('request body limit', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    server = createServer(yoga);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const overHttp = (body: BodyInit) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);

  it('answers a body within the limit, with or without a declared length', async () => {
    expect(await (await post(query('{ ok }'))).json()).toEqual({ data: { ok: true } });
    expect(await (await post(streamOf(query('{ ok }')))).json()).toEqual({ data: { ok: true } });
    expect(await (await overHttp(query('{ ok }'))).json()).toEqual({ data: { ok: true } });
    expect(await (await overHttp(streamOf(query('{ ok }')))).json()).toEqual({ data: { ok: true } });
  });

  it('refuses a declared length above the limit with 413', async () => {
    const response = await overHttp(oversized);
    expect(response.status).toBe(413);
    expect(JSON.stringify(await response.json())).toContain('REQUEST_ENTITY_TOO_LARGE');
    expect((await post(oversized)).status).toBe(413);
  });

  it('refuses an oversized body without a declared length with 413, as it arrives', async () => {
    expect((await overHttp(streamOf(oversized))).status).toBe(413);
    expect((await post(streamOf(oversized))).status).toBe(413);
  });

  it('counts the body that yoga.fetch is given, whatever length is declared', async () => {
    expect((await post(oversized, { 'content-length': '10' })).status).toBe(413);
  });

  it('refuses a malformed Content-Length with 400', async () => {
    const response = await post(query('{ ok }'), { 'content-length': '12, 12' });
    expect(response.status).toBe(400);
  });
});

describe('validation cache', () => {
  it('validates a document once and answers its errors every time', async () => {
    validations = 0;
    for (let i = 0; i < 3; i++) {
      expect(await (await post(query('{ again: ok }'))).json()).toEqual({ data: { again: true } });
    }
    const wrong = [];
    for (let i = 0; i < 2; i++) wrong.push(await (await post(query('{ notAField }'))).json());
    expect(wrong[0]).toEqual(wrong[1]);
    expect(JSON.stringify(wrong[0])).toContain('notAField');
    expect(validations).toBe(2);
  });
});

describe('readiness', () => {
  it('answers the readiness path 200 or 503 and leaves other paths alone', async () => {
    ready = true;
    expect((await yoga.fetch('http://brein.test/readyz')).status).toBe(200);
    ready = false;
    expect((await yoga.fetch('http://brein.test/readyz')).status).toBe(503);
    expect((await yoga.fetch('http://brein.test/other/readyz')).status).toBe(404);
    ready = true;
  });
});

describe('production errors', () => {
  const enumSchema = createSchema({
    typeDefs: 'enum Kind { Professional Practice } type Query { count(kind: Kind): Int }',
    resolvers: { Query: { count: () => 1 } },
  });
  const serve = (plugins: Plugin[]) =>
    createYoga({ schema: enumSchema, logging: false, batching: true, plugins });
  const misspelt = [
    { query: '{ count(kind: Profesional) }' },
    { query: 'query ($k: Kind) { count(kind: $k) }', variables: { k: 'Profesional' } },
    { query: '{ cont }' },
  ];
  const errorsOf = async (yogaApp: ReturnType<typeof serve>, body: unknown) => {
    const response = await yogaApp.fetch('http://brein.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const answer = (await response.json()) as { errors?: GraphQLFormattedError[] };
    return (Array.isArray(answer) ? answer : [answer]).flatMap((a: typeof answer) => a.errors ?? []);
  };

  it('leaves out the suggestions of graphql-js, alone and in batches', async () => {
    const production = serve([useContractErrorCodes(), useProductionErrors()]);
    for (const body of [...misspelt, misspelt]) {
      const errors = await errorsOf(production, body);
      expect(errors.length).toBeGreaterThan(0);
      for (const error of errors) {
        expect(error.message).not.toMatch(/Did you mean|Professional|count/);
        expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      }
    }
    const development = serve([useContractErrorCodes()]);
    expect((await errorsOf(development, misspelt[0])).map((e) => e.message).join()).toContain(
      'Did you mean the enum value "Professional"?',
    );
  });

  it("leaves out the JSON parser's own message", async () => {
    const [error] = await errorsOf(serve([useProductionErrors()]), '{"query": ');
    expect(error?.message).toBe('POST body sent invalid JSON.');
    expect(error?.extensions).not.toHaveProperty('originalError');
    const [shown] = await errorsOf(serve([]), '{"query": ');
    expect(shown?.extensions).toHaveProperty('originalError');
  });
});
