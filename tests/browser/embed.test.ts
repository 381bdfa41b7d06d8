import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, visit } from 'graphql';
import { documentIdOf, EMBED_PARTS, EMBED_VIEWS } from '../../src/server/web/embed-operations.js';
import { projectRoot } from '../../src/util/project-root.js';
import { dataOf } from '../support/harness.js';
import { listen, screenshot, startBrowserRig, type BrowserRig, type Listening } from '../support/browser.js';

const ALLIANCE = 'alliance-ma-inclusie';

let rig: BrowserRig;
let otherSite: Listening;
beforeAll(async () => {
  rig = await startBrowserRig();
  // An alliance's own web site: another origin that only includes the script.
  otherSite = await listen((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="nl"><head><title>Alliantie Inclusie</title></head>
      <body style="font-family: sans-serif; max-width: 44rem; margin: 2rem auto">
        <h1>Onze alliantie</h1>
        <brein-alliance alliance="${ALLIANCE}" view="insights"></brein-alliance>
        <script src="${rig.app.origin}/embed.js"></script>
      </body></html>`);
  });
});
afterAll(async () => {
  await otherSite?.close();
  await rig?.close();
});
afterEach(() => expect(rig.pageErrors.splice(0)).toEqual([]));

const operationsDir = () => join(projectRoot(), 'web', 'embed', 'operations');
const documentId = (view: string) =>
  documentIdOf(readFileSync(join(operationsDir(), `${view}.graphql`), 'utf8'));
const persistedUrl = (view: string, id = ALLIANCE) =>
  `${rig.app.origin}/graphql?documentId=${encodeURIComponent(documentId(view))}` +
  `&variables=${encodeURIComponent(JSON.stringify({ id }))}`;

it("renders an alliance's insights on a page of another origin, by persisted GETs only", async () => {
  const insights = dataOf(
    await rig.h.gql(`{ alliance(id: "${ALLIANCE}") { name insights { id } } }`, {}, 'anonymous'),
  ).alliance;
  const page = await rig.newPage();
  const requests: { method: string; url: string }[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/graphql')) requests.push({ method: r.method(), url: r.url() });
  });
  const corsHeader = page
    .waitForResponse((r) => r.url().includes('/graphql'))
    .then((r) => r.headerValue('access-control-allow-origin'));
  await page.goto(`${otherSite.origin.replace('127.0.0.1', 'localhost')}/`);
  await page.waitForSelector('brein-alliance[data-state="ready"]');

  const embed = page.locator('brein-alliance');
  expect(await embed.locator('h2').textContent()).toBe(`Inzichten van ${insights.name}`);
  expect(await embed.locator('ul > li').count()).toBe(insights.insights.length);
  expect(await embed.locator('article').getAttribute('aria-labelledby')).toBe('brein-heading');
  expect(await embed.locator('article').getAttribute('tabindex')).toBe('0');
  expect(await embed.textContent()).not.toMatch(/@example\.nl/);
  expect(await corsHeader).toBe('*');
  expect(requests.length).toBeGreaterThan(0);
  for (const r of requests) {
    expect(r.method).toBe('GET');
    expect(r.url).toContain('documentId=sha256');
    expect(r.url).not.toContain('query=');
  }
  await screenshot(page, 'embed-other-origin', true);
  await page.close();
});

it('shows every view of the demo alliance on the demo page, without private fields', async () => {
  const page = await rig.newPage();
  await page.goto(`${rig.app.origin}/demo/embed.html`);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('brein-alliance')].every(
      (e) => (e as HTMLElement).dataset.state === 'ready',
    ),
  );
  for (const view of EMBED_VIEWS) {
    const embed = page.locator(`brein-alliance[view="${view}"]`);
    expect(await embed.locator('h2').textContent()).toContain('Maatschappelijke Alliantie');
    expect(await embed.locator('li').count()).toBeGreaterThan(0);
    expect(await embed.textContent()).not.toMatch(/@example\.nl|Voorkeur voor afspraken/);
  }
  expect(
    await page.locator('brein-alliance[view="graph"] svg[role="img"]').getAttribute('aria-label'),
  ).toMatch(/is verbonden met/);
  await screenshot(page, 'embed-demo-page', true);
  await page.close();
});

it('allow-lists one operation per view and its parts, none asking for email or notes', () => {
  const files = readdirSync(operationsDir()).filter((f) => f.endsWith('.graphql'));
  const names = files.map((f) => f.replace('.graphql', ''));
  expect(names.sort()).toEqual([...EMBED_VIEWS, ...EMBED_PARTS].sort());
  for (const name of names) {
    const fields: string[] = [];
    visit(parse(readFileSync(join(operationsDir(), `${name}.graphql`), 'utf8')), {
      Field: (node) => void fields.push(node.name.value),
    });
    if ((EMBED_VIEWS as readonly string[]).includes(name)) expect(fields).toContain('alliance');
    expect(fields).not.toContain('email');
    expect(fields).not.toContain('notes');
  }
});

it('answers persisted GETs with Cache-Control, a strong ETag, and 304 for If-None-Match', async () => {
  for (const view of EMBED_VIEWS) {
    const response = await fetch(persistedUrl(view), { headers: { origin: 'http://alliantie.example' } });
    const body = await response.json();
    expect(body.errors).toBeUndefined();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=30');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]+"$/);
  }
  const first = await fetch(persistedUrl('insights'));
  const etag = first.headers.get('etag') as string;
  const again = await fetch(persistedUrl('insights'));
  expect(again.headers.get('etag')).toBe(etag);

  const notModified = await fetch(persistedUrl('insights'), { headers: { 'if-none-match': etag } });
  expect(notModified.status).toBe(304);
  expect(await notModified.text()).toBe('');
  expect(notModified.headers.get('etag')).toBe(etag);
  expect(notModified.headers.get('cache-control')).toBe('public, max-age=30');

  const stale = await fetch(persistedUrl('insights'), { headers: { 'if-none-match': '"something-else"' } });
  expect(stale.status).toBe(200);
  const otherAlliance = await fetch(persistedUrl('insights', 'alliance-platform-plek'));
  expect(otherAlliance.headers.get('etag')).not.toBe(etag);
});

it('refuses unknown document ids and keeps ordinary queries working', async () => {
  const unknown = await fetch(`${rig.app.origin}/graphql?documentId=sha256%3Adeadbeef`, {
    headers: { accept: 'application/json' },
  });
  const body = await unknown.json();
  expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'documentId' });
  expect(unknown.headers.get('cache-control')).not.toBe('public, max-age=30');

  const ordinary = await fetch(`${rig.app.origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `{ alliance(id: "${ALLIANCE}") { id } }` }),
  });
  expect(await ordinary.json()).toEqual({ data: { alliance: { id: ALLIANCE } } });
});
