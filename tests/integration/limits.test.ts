import { listen, type Listening } from '../support/http.js';
import { codesOf, startHarness, type Harness } from '../support/harness.js';

describe('operation limits', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: { INTROSPECTION: 'false' }, as: 'anonymous' });
  });
  afterAll(() => h.close());

  it('refuses a query nested too deep', async () => {
    let deep = 'id';
    for (let i = 0; i < 8; i++) deep = `knows { professional { ${deep} } }`;
    const response = await h.gql(`{ professionals { edges { node { ${deep} } } } }`);
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: themes(first: 1) { totalCount }`).join(' ');
    expect(codesOf(await h.gql(`{ ${aliases} }`))[0]).toBe('BAD_USER_INPUT');
  });

  it('hides field suggestions and, when switched off, introspection', async () => {
    const typo = await h.gql('{ profesionals { totalCount } }');
    expect(JSON.stringify(typo)).not.toMatch(/Did you mean/);
    const introspection = codesOf(await h.gql('{ __schema { types { name } } }'));
    expect(introspection.length).toBeGreaterThan(0);
    expect(new Set(introspection)).toEqual(new Set(['BAD_USER_INPUT']));
  });

  it('caps batched operations', async () => {
    const batch = Array.from({ length: 11 }, () => ({ query: '{ __typename }' }));
    const response = await h.app.fetch('http://brein.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(batch),
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
  });
});

describe('rate limit', () => {
  let h: Harness;
  let server: Listening;
  let url: string;
  beforeAll(async () => {
    h = await startHarness({ env: { RATE_LIMIT_PER_MINUTE: '3' }, as: 'anonymous' });
    server = await listen(h.app);
    url = server.origin;
  });
  afterAll(async () => {
    await server.close();
    await h.close();
  });

  it('answers 429 with Retry-After once a client spends its budget, but keeps health checks open', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const response = await fetch(`${url}/graphql?query=%7B__typename%7D`);
      statuses.push(response.status);
      if (response.status === 429) {
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
        const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
        expect(body.errors[0]!.extensions.code).toBe('RATE_LIMITED');
      }
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });
});

describe('when Neo4j is away', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ as: 'anonymous' });
  });
  afterAll(() => h.close());

  it('answers UNAVAILABLE quickly and /readyz 503, from a service pointed at a closed port', async () => {
    const { loadConfig } = await import('../../src/config.js');
    const { connect } = await import('../../src/bootstrap.js');
    const { createLogger } = await import('../../src/logger.js');
    const { createApp } = await import('../../src/server/app.js');
    const config = loadConfig({ NODE_ENV: 'test', NEO4J_URI: 'bolt://127.0.0.1:9', LOG_LEVEL: 'silent' });
    const logger = createLogger('silent');
    const services = connect(config, logger);
    const app = createApp({ config, services, logger, readiness: { migrated: true } });
    const started = Date.now();
    const response = await app.fetch('http://brein.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ themes { totalCount } }' }),
    });
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('UNAVAILABLE');
    expect(Date.now() - started).toBeLessThan(8_000);
    expect((await app.fetch('http://brein.test/readyz')).status).toBe(503);
    await services.db.close();
  });
});
