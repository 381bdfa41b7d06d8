import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/util/project-root.js';
import { startHarness, type Harness } from '../support/harness.js';

// The production configuration, with GraphiQL switched on so that its page can be checked as well.
const PRODUCTION = { NODE_ENV: 'production', AUTH_JWT_SECRET: 'x'.repeat(32), GRAPHIQL: 'true' };

let production: Harness;
let development: Harness;
beforeAll(async () => {
  if (!existsSync(join(projectRoot(), 'dist', 'web', 'explorer', 'explorer.js.map'))) {
    throw new Error('dist/web is missing: run `npm run build:web` first');
  }
  production = await startHarness({ env: PRODUCTION });
  development = await startHarness({ env: { NODE_ENV: 'development' } });
});
afterAll(async () => {
  await production?.close();
  await development?.close();
});

const post = (h: Harness, body: string) =>
  h.app.fetch('http://brein.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body,
  });

const get = (h: Harness, path: string, headers: Record<string, string> = {}) =>
  h.app.fetch(`http://brein.test${path}`, { headers });

interface Answer {
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function errorsOf(response: Response) {
  const answer = (await response.json()) as Answer | Answer[];
  return (Array.isArray(answer) ? answer : [answer]).flatMap((a) => a.errors ?? []);
}

async function onlyError(response: Response) {
  const errors = await errorsOf(response);
  expect(errors).toHaveLength(1);
  return errors[0] as NonNullable<Answer['errors']>[number];
}

const MISSPELT_ENUM = '{ search(text: "zorg", types: [Profesional]) { score } }';
const MISSPELT_VARIABLE = {
  query: 'query ($types: [NodeType!]) { search(text: "zorg", types: $types) { score } }',
  variables: { types: ['Profesional'] },
};
const MISSPELT_FIELD = '{ search(text: "zorg") { scor } }';

describe('suggestions in errors', () => {
  it('names no valid values or fields in production', async () => {
    const bodies = [
      JSON.stringify({ query: MISSPELT_ENUM }),
      JSON.stringify(MISSPELT_VARIABLE),
      JSON.stringify({ query: MISSPELT_FIELD }),
      JSON.stringify([{ query: MISSPELT_ENUM }, MISSPELT_VARIABLE]),
    ];
    for (const body of bodies) {
      const errors = await errorsOf(await post(production, body));
      expect(errors.length).toBeGreaterThan(0);
      for (const error of errors) {
        expect(error.message).not.toMatch(/did you mean/i);
        expect(error.message).not.toContain('Professional');
        expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      }
    }
  });

  it('still says what was wrong in production', async () => {
    const error = await onlyError(await post(production, JSON.stringify(MISSPELT_VARIABLE)));
    expect(error.message).toMatch(/^Variable "\$types" got invalid value "Profesional".*NodeType/);
    expect(error.message).toMatch(/enum\.$/);
  });

  it('keeps the suggestions while developing', async () => {
    const error = await onlyError(await post(development, JSON.stringify({ query: MISSPELT_ENUM })));
    expect(error.message).toContain('Did you mean the enum value "Professional"?');
  });
});

describe('malformed JSON', () => {
  it('answers without the parser error in production', async () => {
    const error = await onlyError(await post(production, '{"query": "{ __typename }",'));
    expect(error.message).toBe('POST body sent invalid JSON.');
    expect(error.extensions).not.toHaveProperty('originalError');
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps the parser error while developing', async () => {
    const error = await onlyError(await post(development, '{"query": "{ __typename }",'));
    expect(error.extensions).toHaveProperty('originalError');
  });
});

describe('explorer source map', () => {
  it('is served while developing and not in production', async () => {
    expect((await get(development, '/explorer/explorer.js.map')).status).toBe(200);
    expect((await get(production, '/explorer/explorer.js.map')).status).toBe(404);
    const script = await (await get(production, '/explorer/explorer.js')).text();
    expect(script).not.toContain('sourceMappingURL');
  });
});

const PAGES = ['/explorer', '/explorer/', '/demo/embed.html'];

describe('security headers', () => {
  it.each(PAGES)('protects %s against framing, sniffing and foreign scripts', async (path) => {
    const response = await get(production, path);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('protects GraphiQL and allows only its own inline script and style', async () => {
    const response = await get(production, '/graphql', { accept: 'text/html' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/]+=*'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("connect-src 'self'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await response.text();
    expect(html).toContain('<title>Maatschappelijk Brein</title>');
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)="https?:/);
  });

  it('leaves embed.js and the embed answers usable by other origins', async () => {
    const script = await get(production, '/embed.js', { origin: 'https://alliantie.example' });
    expect(script.status).toBe(200);
    expect(script.headers.get('access-control-allow-origin')).toBe('*');
    expect(script.headers.get('x-frame-options')).toBeNull();
    expect(script.headers.get('cross-origin-resource-policy')).toBeNull();
    expect(script.headers.get('content-security-policy')).toBeNull();
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');

    const answer = await post(production, JSON.stringify({ query: '{ __typename }' }));
    expect(answer.headers.get('x-frame-options')).toBeNull();
    expect(answer.headers.get('content-security-policy')).toBeNull();
  });
});
