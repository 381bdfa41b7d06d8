import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createSchema, createYoga } from 'graphql-yoga';
import { useStaticAssets } from '../../src/server/web/static-assets.js';

const schema = createSchema({ typeDefs: 'type Query { ok: Boolean }' });
const serve = (webRoot: string) =>
  createYoga({ schema, logging: false, plugins: [useStaticAssets(webRoot)] });

let webRoot: string;
beforeAll(() => {
  webRoot = mkdtempSync(join(tmpdir(), 'brein-web-'));
  mkdirSync(join(webRoot, 'explorer'));
  mkdirSync(join(webRoot, 'embed'));
  writeFileSync(join(webRoot, 'explorer', 'index.html'), '<!doctype html><title>Verkenner</title>');
  writeFileSync(join(webRoot, 'explorer', 'explorer.js'), 'console.log(1)');
  writeFileSync(
    join(webRoot, 'embed', 'embed.js'),
    'customElements.define("x-y", class extends HTMLElement {})',
  );
});
afterAll(() => rmSync(webRoot, { recursive: true, force: true }));

it('answers 503 with a clear text when the web assets are not built', async () => {
  const response = await serve(join(webRoot, 'missing')).fetch('http://brein.test/explorer');
  expect(response.status).toBe(503);
  expect(await response.text()).toContain('npm run build:web');
});

it('serves the explorer page and its bundle with a validator, and 304 when unchanged', async () => {
  const yoga = serve(webRoot);
  const page = await yoga.fetch('http://brein.test/explorer');
  expect(page.status).toBe(200);
  expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
  const etag = page.headers.get('etag') as string;
  expect(etag).toMatch(/^"[^"]+"$/);
  const again = await yoga.fetch('http://brein.test/explorer', { headers: { 'if-none-match': etag } });
  expect(again.status).toBe(304);
  const script = await yoga.fetch('http://brein.test/explorer/explorer.js');
  expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
});

it('serves embed.js to any origin and caches it for a few minutes', async () => {
  const response = await serve(webRoot).fetch('http://brein.test/embed.js', {
    headers: { origin: 'https://alliantie.example' },
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('access-control-allow-origin')).toBe('*');
  expect(response.headers.get('cache-control')).toBe('public, max-age=300');
});

it('reaches nothing outside the built files', async () => {
  const yoga = serve(webRoot);
  for (const path of [
    '/explorer/../../package.json',
    '/explorer/%2e%2e%2fpackage.json',
    '/explorer/nope.js',
  ]) {
    expect((await yoga.fetch(`http://brein.test${path}`)).status).toBe(404);
  }
});

describe('source maps', () => {
  beforeAll(() => writeFileSync(join(webRoot, 'explorer', 'explorer.js.map'), '{"version":3}'));

  it('are neither served nor linked unless asked for (production)', async () => {
    const yoga = serve(webRoot);
    expect((await yoga.fetch('http://brein.test/explorer/explorer.js.map')).status).toBe(404);
    const script = await yoga.fetch('http://brein.test/explorer/explorer.js');
    expect(script.headers.get('sourcemap')).toBeNull();
  });

  it('are served and linked by header while developing', async () => {
    const yoga = createYoga({
      schema,
      logging: false,
      plugins: [useStaticAssets(webRoot, { sourceMaps: true })],
    });
    expect((await yoga.fetch('http://brein.test/explorer/explorer.js.map')).status).toBe(200);
    const script = await yoga.fetch('http://brein.test/explorer/explorer.js');
    expect(script.headers.get('sourcemap')).toBe('explorer.js.map');
  });
});

describe('security headers', () => {
  const STYLE = 'body { color: red }';
  beforeAll(() => {
    mkdirSync(join(webRoot, 'demo'), { recursive: true });
    writeFileSync(join(webRoot, 'demo', 'embed.html'), `<!doctype html><style>${STYLE}</style><p>x</p>`);
  });

  it('forbid framing, sniffing and foreign or inline scripts on the pages', async () => {
    const page = await serve(webRoot).fetch('http://brein.test/explorer');
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("style-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it("allow a page's own inline style by its hash, and keep the headers on 304", async () => {
    const yoga = serve(webRoot);
    const page = await yoga.fetch('http://brein.test/demo/embed.html');
    const hash = createHash('sha256').update(STYLE).digest('base64');
    expect(page.headers.get('content-security-policy')).toContain(`style-src 'self' 'sha256-${hash}'`);
    const again = await yoga.fetch('http://brein.test/demo/embed.html', {
      headers: { 'if-none-match': page.headers.get('etag') as string },
    });
    expect(again.status).toBe(304);
    expect(again.headers.get('x-frame-options')).toBe('DENY');
  });

  it('leave embed.js loadable by pages of any origin', async () => {
    const script = await serve(webRoot).fetch('http://brein.test/embed.js');
    expect(script.headers.get('content-security-policy')).toBeNull();
    expect(script.headers.get('x-frame-options')).toBeNull();
    expect(script.headers.get('cross-origin-resource-policy')).toBeNull();
  });
});

describe('compression', () => {
  // Big enough to be compressed (1 kB and more).
  const bundle = `${'export const words = ["inzicht", "knelpunt", "werkplaats"];\n'.repeat(200)}`;
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'brein-web-'));
    mkdirSync(join(root, 'explorer'));
    writeFileSync(join(root, 'explorer', 'index.html'), '<!doctype html><title>Verkenner</title>');
    writeFileSync(join(root, 'explorer', 'explorer.js'), bundle);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const fetchWith = (yoga: ReturnType<typeof serve>, encoding: string) =>
    yoga.fetch('http://brein.test/explorer/explorer.js', { headers: { 'accept-encoding': encoding } });

  it('sends br when accepted, else gzip, else the file as it is, each decoding to the file', async () => {
    const yoga = serve(root);
    const br = await fetchWith(yoga, 'gzip, deflate, br');
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    const brBytes = Buffer.from(await br.arrayBuffer());
    expect(brBytes.length).toBeLessThan(bundle.length / 4);
    expect(brotliDecompressSync(brBytes).toString()).toBe(bundle);
    const gz = await fetchWith(yoga, 'gzip');
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(bundle);
    const plain = await fetchWith(yoga, 'identity');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(bundle);
  });

  it('compresses the assets ahead when asked, so that the first request finds them done', async () => {
    const file = join(root, 'explorer', 'explorer.js');
    // A whole second: a modification time set again later compares equal.
    const mtime = new Date('2026-01-01T00:00:00Z');
    utimesSync(file, mtime, mtime);
    const plugin = useStaticAssets(root, { precompress: true });
    await plugin.prepared;
    const original = readFileSync(file);
    // The file changes under the same modification time: what is served was read and compressed
    // before any request came (without precompress the first request reads the new text).
    writeFileSync(file, original.toString().replace(/inzicht/g, 'INZICHT'));
    utimesSync(file, mtime, mtime);
    const yoga = createYoga({ schema, logging: false, plugins: [plugin] });
    // Two first requests at once get the same bytes.
    const [a, b] = await Promise.all([fetchWith(yoga, 'br'), fetchWith(yoga, 'br')]);
    const [first, second] = [Buffer.from(await a.arrayBuffer()), Buffer.from(await b.arrayBuffer())];
    expect(first.equals(second)).toBe(true);
    expect(brotliDecompressSync(first).toString()).toBe(bundle);
    const gz = await fetchWith(yoga, 'gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(bundle);
    // Without it, the same files are read and compressed on first use.
    const lazy = serve(root);
    const late = await fetchWith(lazy, 'br');
    expect(brotliDecompressSync(Buffer.from(await late.arrayBuffer())).toString()).toContain('INZICHT');
    writeFileSync(file, original);
  });
});
