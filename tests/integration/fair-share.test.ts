import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import { documentIdOf } from '../../src/server/web/embed-operations.js';
import { projectRoot } from '../../src/util/project-root.js';
import { listen, type Listening } from '../support/http.js';
import { codesOf, dataOf, startHarness, type GraphQLResponse, type Harness } from '../support/harness.js';

/** The heaviest shape an outside audit sent: aliases of deep neighbourhoods, in a batch. */
const heavyAliases = (n: number, depth = 3, limit = 500) =>
  `{ ${Array.from({ length: n }, (_, i) => `n${i}: neighborhood(id: "${people[0]}", depth: ${depth}, limit: ${limit}) { nodes { id } }`).join(' ')} }`;

/** Ids of the people seedPeople made in the current file's graph. */
let people: string[] = [];

async function post(h: Harness, body: unknown, headers: Record<string, string> = {}) {
  const response = await h.app.fetch('http://brein.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as GraphQLResponse,
  };
}

async function seedPeople(h: Harness): Promise<void> {
  people = [];
  for (let i = 0; i < 3; i++) {
    const created = dataOf(
      await h.gql(
        `mutation($input: CreateProfessionalInput!) { createProfessional(input: $input) { id } }`,
        { input: { name: `Persoon ${i}`, visibility: 'PUBLIC' } },
        'admin',
      ),
    );
    people.push(created.createProfessional.id);
  }
}

describe('the cost of a request', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ as: 'anonymous' });
    await seedPeople(h);
  });
  afterAll(() => h.close());

  it('refuses the batch of aliased deep neighbourhoods before any of it runs, naming cost and limit', async () => {
    const before = h.services.db.roundTrips;
    const batch = Array.from({ length: 10 }, () => ({ query: heavyAliases(20) }));
    const { status, body } = await post(h, batch);
    expect(status).toBe(400);
    expect(h.services.db.roundTrips).toBe(before);
    const error = (body as unknown as { errors: NonNullable<GraphQLResponse['errors']> }).errors[0]!;
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.reason).toBe('COST_LIMIT');
    expect(error.extensions?.limit).toBe(6_000);
    expect(error.extensions?.cost).toBe(10 * 20 * 500 * 3 ** 2);
    expect(error.message).toContain('6000');
  });

  it('lets one such neighbourhood through, and sums the operations of a batch', async () => {
    expect(dataOf(await h.gql(heavyAliases(1))).n0.nodes.length).toBeGreaterThan(0);
    // One such walk costs 4,500: alone within the budget, two in one batch over it.
    expect((await post(h, { query: heavyAliases(1) })).status).toBe(200);
    const batch = await post(h, [{ query: heavyAliases(1) }, { query: heavyAliases(1) }]);
    expect(batch.status).toBe(400);
    expect(JSON.stringify(batch.body)).toContain('COST_LIMIT');
  });

  it('prices variables as sent and gives a member a larger budget than an anonymous client', async () => {
    const query = 'query($l: Int, $p: ID!) { a: neighborhood(id: $p, depth: 3, limit: $l) { nodes { id } } }';
    expect(codesOf(await h.gql(query, { l: 600, p: people[0] }))).toEqual([]);
    const twice = `query($l: Int, $p: ID!) { a: neighborhood(id: $p, depth: 3, limit: $l) { nodes { id } }
      b: neighborhood(id: $p, depth: 3, limit: $l) { nodes { id } } }`;
    const variables = { l: 600, p: people[0] };
    expect(codesOf(await h.gql(twice, variables))).toEqual(['BAD_USER_INPUT']);
    expect(codesOf(await h.gql(twice, variables, { sub: 'fs-member', role: 'member' }))).toEqual([]);
  });

  it('prices nested pages by the product of their sizes', async () => {
    const nested = `{ professionals(first: 100) { edges { node { knows { professional {
      memberships { alliance { members { professional { knows { professional { id } } } } } } } } } } } }`;
    expect(codesOf(await h.gql(nested))).toEqual(['BAD_USER_INPUT']);
    expect(
      codesOf(
        await h.gql('{ professionals(first: 100) { edges { node { id knows { professional { id } } } } } }'),
      ),
    ).toEqual([]);
  });
});

describe('the bulkhead', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: { CLIENT_MAX_OPERATIONS: '1', CLIENT_QUEUE_MS: '0' }, as: 'anonymous' });
    await seedPeople(h);
  });
  afterAll(() => h.close());

  it('turns a client away with 429 while its share is in use, and serves other clients meanwhile', async () => {
    const member = await h.token({ sub: 'fs-busy', role: 'member' });
    const other = await h.token({ sub: 'fs-other', role: 'member' });
    const busy = { authorization: `Bearer ${member}` };
    const query = { query: heavyAliases(1, 3, 1_000) };
    // A member holds two heavy operations at once (CLIENT_MAX_OPERATIONS 1, doubled for
    // credentials); a cheap read of the same member does not wait for them.
    const answers = await Promise.all([
      post(h, query, busy),
      post(h, query, busy),
      post(h, query, busy),
      post(h, query, busy),
      post(
        h,
        { query: `{ professional(id: "${people[1]}") { name } }` },
        { authorization: `Bearer ${other}` },
      ),
      post(h, { query: `{ professional(id: "${people[2]}") { name } }` }, busy),
    ]);
    const statuses = answers.slice(0, 4).map((a) => a.status);
    expect(statuses).toContain(200);
    expect(statuses).toContain(429);
    const refused = answers.find((a) => a.status === 429)!;
    expect(codesOf(refused.body)).toEqual(['RATE_LIMITED']);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(answers[4]!.status).toBe(200);
    expect(dataOf(answers[4]!.body)).toEqual({ professional: { name: 'Persoon 1' } });
    expect(dataOf(answers[5]!.body)).toEqual({ professional: { name: 'Persoon 2' } });
  });
});

describe('a full connection pool', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      env: { NEO4J_MAX_POOL_SIZE: '1', NEO4J_ACQUISITION_TIMEOUT_MS: '300' },
      as: 'anonymous',
    });
    await seedPeople(h);
  });
  afterAll(() => h.close());

  it('answers UNAVAILABLE with 503 and Retry-After, never an internal error', async () => {
    // The only connection is held by a transaction that waits.
    let release!: () => void;
    const held = h.services.db.readTx(() => new Promise<void>((resolve) => (release = resolve)));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const { status, headers, body } = await post(h, {
      query: `{ professional(id: "${people[1]}") { name } }`,
    });
    release();
    await held;
    expect(codesOf(body)).toEqual(['UNAVAILABLE']);
    expect(status).toBe(503);
    expect(Number(headers.get('retry-after'))).toBeGreaterThan(0);
    expect(JSON.stringify(body)).not.toMatch(/Pool status|acquisition/);
    expect(dataOf(await h.gql(`{ professional(id: "${people[1]}") { name } }`))).toEqual({
      professional: { name: 'Persoon 1' },
    });
  });
});

describe('the rate limit and credentials', () => {
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

  const typename = (headers: Record<string, string>) =>
    fetch(`${url}/graphql?query=%7B__typename%7D`, { headers }).then((r) => r.status);

  it('keys the limit on the verified identity, however the header is spelled', async () => {
    const token = await h.token({ sub: 'fs-spender', role: 'member' });
    const spellings = [
      `Bearer ${token}`,
      `Bearer  ${token}`,
      `bearer ${token}`,
      `Bearer \t${token}`,
      `BEARER   ${token}`,
    ];
    const statuses = [];
    for (const authorization of spellings) statuses.push(await typename({ authorization }));
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });

  it('counts failed authentications against the address and stops looking up made-up keys', async () => {
    const before = h.services.db.roundTrips;
    const statuses = [];
    for (let i = 0; i < 20; i++) statuses.push(await typename({ 'x-api-key': `brein_made-up-${i}` }));
    // A failure budget of five: five 401s, then 429 without any lookup.
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(new Set(statuses.slice(5))).toEqual(new Set([429]));
    expect(h.services.db.roundTrips - before).toBe(5);
  });

  it('looks up an unknown key once, not on every request', async () => {
    const before = h.services.db.roundTrips;
    const headers = new Headers({ 'x-api-key': 'brein_never-issued' });
    for (let i = 0; i < 3; i++) {
      await expect(Promise.resolve().then(() => h.services.authenticator.viewerFor(headers))).rejects.toThrow(
        /unknown or revoked/,
      );
    }
    expect(h.services.db.roundTrips - before).toBe(1);
  });
});

describe('tokens', () => {
  let h: Harness;
  const secret = new TextEncoder().encode('development-only-secret-do-not-use-in-production');
  beforeAll(async () => {
    h = await startHarness({ as: 'anonymous' });
  });
  afterAll(() => h.close());

  const status = async (token: string) =>
    (await post(h, { query: '{ __typename }' }, { authorization: `Bearer ${token}` })).status;
  const sign = (exp: string | null) => {
    const jwt = new SignJWT({ role: 'member' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('fs-token')
      .setIssuer('maatschappelijk-brein')
      .setAudience('maatschappelijk-brein')
      .setIssuedAt();
    return (exp ? jwt.setExpirationTime(exp) : jwt).sign(secret);
  };

  it('requires an expiry within the maximum lifetime', async () => {
    expect(await status(await sign('1h'))).toBe(200);
    expect(await status(await sign(null))).toBe(401);
    expect(await status(await sign('30d'))).toBe(401);
  });

  it('refuses a signature written non-canonically', async () => {
    const token = await sign('1h');
    const [head, body, signature] = token.split('.') as [string, string, string];
    // 32 bytes in 43 characters: the last one carries two unused bits. Setting them gives another
    // spelling of the same bytes, which a lenient decoder would accept.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const last = alphabet.indexOf(signature.at(-1)!);
    const twisted = signature.slice(0, -1) + alphabet[last ^ 1];
    expect(Buffer.from(twisted, 'base64url').equals(Buffer.from(signature, 'base64url'))).toBe(true);
    expect(await status(`${head}.${body}.${twisted}`)).toBe(401);
    expect(await status(`${head}.${body}.${signature}=`)).toBe(401);
    expect(await status(token)).toBe(200);
  });
});

describe('caching of answers with credentials', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ as: 'anonymous' });
    await seedPeople(h);
  });
  afterAll(() => h.close());

  const members = readFileSync(join(projectRoot(), 'web', 'embed', 'operations', 'members.graphql'), 'utf8');
  const embedUrl = `http://brein.test/graphql?documentId=${encodeURIComponent(documentIdOf(members))}&variables=${encodeURIComponent(JSON.stringify({ id: 'fs-none' }))}`;
  const ordinaryUrl = 'http://brein.test/graphql?query=%7Bthemes(first%3A1)%7BtotalCount%7D%7D';

  it('marks answers to requests with a token or API key private and never stored', async () => {
    const token = await h.token({ sub: 'fs-admin', role: 'admin' });
    for (const target of [embedUrl, ordinaryUrl]) {
      for (const headers of [{ authorization: `Bearer ${token}` }, { 'x-api-key': 'brein_made-up' }]) {
        const response = await h.app.fetch(target, { headers: { accept: 'application/json', ...headers } });
        expect(response.headers.get('cache-control')).toBe('private, no-store');
        expect(response.headers.get('etag')).toBeNull();
        expect(response.headers.get('vary')).toMatch(/Authorization/i);
      }
    }
  });

  it('keeps anonymous embed answers public, varying by the credentials headers', async () => {
    const response = await h.app.fetch(embedUrl, { headers: { accept: 'application/json' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=30');
    const vary = (response.headers.get('vary') ?? '').toLowerCase();
    expect(vary).toContain('authorization');
    expect(vary).toContain('x-api-key');
    expect(vary).toContain('accept');
  });
});

describe('clients behind a proxy', () => {
  const statuses = async (h: Harness, url: string, forwardedFor: string, n: number) => {
    const out: number[] = [];
    for (let i = 0; i < n; i++) {
      out.push(
        (
          await fetch(`${url}/graphql?query=%7B__typename%7D`, {
            headers: { 'x-forwarded-for': forwardedFor },
          })
        ).status,
      );
    }
    return out;
  };
  const serve = async (env: Record<string, string>) => {
    const h = await startHarness({ env: { RATE_LIMIT_PER_MINUTE: '2', ...env }, as: 'anonymous' });
    const server = await listen(h.app);
    const close = async () => {
      await server.close();
      await h.close();
    };
    return { h, url: server.origin, close };
  };

  it('reads the address our proxy appended, so that clients behind it keep their own budgets', async () => {
    const { h, url, close } = await serve({ TRUST_PROXY_HOPS: '1' });
    try {
      expect(await statuses(h, url, '203.0.113.7', 3)).toEqual([200, 200, 429]);
      // Another client behind the same proxy; what it wrote in front of the proxy's entry is ignored.
      expect(await statuses(h, url, '203.0.113.7, 198.51.100.9', 2)).toEqual([200, 200]);
    } finally {
      await close();
    }
  });

  it('ignores X-Forwarded-For without a proxy of ours: writing it does not buy a new budget', async () => {
    const { h, url, close } = await serve({});
    try {
      expect(await statuses(h, url, '203.0.113.1', 2)).toEqual([200, 200]);
      expect(await statuses(h, url, '203.0.113.2', 1)).toEqual([429]);
    } finally {
      await close();
    }
  });
});
