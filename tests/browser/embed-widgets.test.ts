import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page, Request } from 'playwright-core';
import { EMBED_VIEWS } from '../../src/server/web/embed-operations.js';
import { projectRoot } from '../../src/util/project-root.js';
import { retryDelay, RETRY_FIRST_MS, RETRY_MAX_MS } from '../../web/embed/retry.js';
import { sha256Hex } from '../../web/embed/sha256.js';
import { dataOf } from '../support/harness.js';
import { listen, screenshot, startBrowserRig, type BrowserRig, type Listening } from '../support/browser.js';

const ALLIANCE = 'alliance-ma-inclusie';
// People of the demo network who are not public (MEMBERS or PRIVATE).
const HIDDEN = [
  'prof-nadia-ramdin',
  'prof-stefan-vos',
  'prof-hamza-ouali',
  'prof-erik-lammers',
  'prof-cor-van-essen',
  'prof-emma-de-jong',
];
const HIDDEN_NAMES = [
  'Nadia Ramdin',
  'Stefan Vos',
  'Hamza Ouali',
  'Erik Lammers',
  'Cor van Essen',
  'Emma de Jong',
];

let rig: BrowserRig;
/** An alliance's own site on another origin: GET /?body=<html> answers a page with that body. */
let site: Listening;
beforeAll(async () => {
  rig = await startBrowserRig();
  site = await listen((request, response) => {
    const body = new URL(request.url ?? '/', 'http://x').searchParams.get('body') ?? '';
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="nl"><head><meta name="viewport" content="width=device-width">
      <title>Alliantie</title></head><body>${body}<script src="${rig.app.origin}/embed.js"></script></body></html>`);
  });
});
afterAll(async () => {
  await site?.close();
  await rig?.close();
});
afterEach(() => expect(rig.pageErrors.splice(0)).toEqual([]));

const widget = (attrs: Record<string, string>, inner = '') =>
  `<brein-alliance ${Object.entries(attrs)
    .map(([k, v]) => `${k}="${v}"`)
    .join(' ')}>${inner}</brein-alliance>`;

async function open(body: string, setup?: (page: Page) => Promise<void>) {
  const page = await rig.newPage();
  await setup?.(page);
  await page.goto(`${site.origin}/?body=${encodeURIComponent(body)}`);
  return page;
}

const settled = (page: Page) =>
  page.waitForFunction(() =>
    [...document.querySelectorAll('brein-alliance')].every((e) =>
      ['ready', 'error'].includes((e as HTMLElement).dataset.state ?? ''),
    ),
  );

const graphqlRequests = (page: Page) => {
  const seen: string[] = [];
  page.on('request', (r: Request) => {
    if (new URL(r.url()).pathname === '/graphql') seen.push(r.url());
  });
  return seen;
};

/** What a widget shows (its shadow tree), as a reader sees it. */
const shown = (embeds: Locator) =>
  embeds
    .evaluateAll((els) => els.map((e) => e.shadowRoot?.querySelector('article')?.innerText ?? ''))
    .then((texts) => texts.join('\n'));

const operationId = (name: string) =>
  `sha256:${createHash('sha256')
    .update(readFileSync(join(projectRoot(), 'web', 'embed', 'operations', `${name}.graphql`), 'utf8'))
    .digest('hex')}`;
const documentIdOfUrl = (url: string) => new URL(url).searchParams.get('documentId');

it('computes the same document ids as the server', () => {
  for (const text of ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'ë€😀'.repeat(40)]) {
    expect(sha256Hex(text)).toBe(createHash('sha256').update(text).digest('hex'));
  }
});

it('waits twice as long after each failure, at most a minute', () => {
  const noJitter = () => 0;
  expect([0, 1, 2, 3].map((n) => retryDelay(n, noJitter))).toEqual([1_000, 2_000, 4_000, 8_000]);
  expect(retryDelay(6, noJitter)).toBe(RETRY_MAX_MS);
  expect(retryDelay(500, noJitter)).toBe(RETRY_MAX_MS);
  expect(retryDelay(0, () => 1)).toBeGreaterThanOrEqual(RETRY_FIRST_MS * 0.8);
});

it("asks each widget's data once when the script comes after the elements", async () => {
  const page = await rig.newPage();
  const requests = graphqlRequests(page);
  await page.goto(`${rig.app.origin}/demo/embed.html`);
  await settled(page);
  const widgets = await page.locator('brein-alliance').count();
  expect(widgets).toBe(EMBED_VIEWS.length);
  // Every view's own operation once; parts (one per open question or bottleneck) once each.
  const views = requests.filter((url) => EMBED_VIEWS.some((v) => operationId(v) === documentIdOfUrl(url)));
  expect(views).toHaveLength(widgets);
  expect(new Set(requests).size).toBe(requests.length);
  await page.close();
});

it('says the same thing about an unknown alliance in every view, in either language', async () => {
  const page = await open(
    EMBED_VIEWS.map((view) => widget({ alliance: 'alliance-does-not-exist', view })).join('') +
      widget({ alliance: 'alliance-does-not-exist', view: 'graph', lang: 'en' }),
  );
  await settled(page);
  const all = page.locator('brein-alliance');
  for (let i = 0; i < EMBED_VIEWS.length; i++) {
    const embed = all.nth(i);
    expect(await embed.getAttribute('data-error')).toBe('not-found');
    expect(await embed.locator('h2').textContent()).toBe('Alliantie niet gevonden');
    expect(await embed.locator('[role=alert]').textContent()).toContain('“alliance-does-not-exist”');
  }
  expect(await all.last().locator('h2').textContent()).toBe('Alliance not found');
  await page.close();
});

it('shows an error for an unknown view or a missing alliance, without asking the service', async () => {
  let requests: string[] = [];
  const page = await open(
    widget({ alliance: ALLIANCE, view: 'gossip' }) + widget({ view: 'insights' }),
    async (p) => {
      requests = graphqlRequests(p);
    },
  );
  await settled(page);
  const [unknown, missing] = [page.locator('brein-alliance').nth(0), page.locator('brein-alliance').nth(1)];
  expect(await unknown.getAttribute('data-state')).toBe('error');
  expect(await unknown.getAttribute('data-error')).toBe('unknown-view');
  expect(await unknown.locator('h2').textContent()).toBe('Onbekende weergave');
  expect(await unknown.locator('[role=alert]').textContent()).toMatch(
    /“gossip”.*insights.*similar-alliances/,
  );
  expect(await missing.getAttribute('data-error')).toBe('missing-alliance');
  expect((await missing.boundingBox())?.height).toBeGreaterThan(40);
  expect(requests).toEqual([]);

  // Putting it right loads the view.
  await unknown.evaluate((e) => e.setAttribute('view', 'members'));
  await page.waitForFunction(
    () => document.querySelector('brein-alliance')?.getAttribute('data-state') === 'ready',
  );
  expect(await unknown.getAttribute('data-error')).toBeNull();
  await page.close();
});

it('switches every text to English with lang="en", and back', async () => {
  const page = await open(
    EMBED_VIEWS.map((view) => widget({ alliance: ALLIANCE, view, lang: 'en' })).join(''),
  );
  await settled(page);
  const headings = await page.locator('brein-alliance h2').allTextContents();
  expect(headings.map((h) => h.replace(/ (of|for|in|around|as|help) .*$/, ''))).toEqual([
    'Insights',
    'Bottlenecks',
    'Working practices',
    'Who takes part',
    'The network',
    'Open questions',
    'Alliances with the same bottlenecks',
    'Who can',
  ]);
  const text = await shown(page.locator('brein-alliance'));
  expect(text).toContain('From the Maatschappelijk Brein');
  expect(text).not.toMatch(/Uit het|Wie weet ervan|Gedeelde knelpunten|Inzichten van|Leden|Coördinatie/);
  expect(await page.locator('brein-alliance[view=graph] svg[role=img]').getAttribute('aria-label')).toMatch(
    /is connected with \d+ (alliance|bottleneck|insight).*learning-network check/,
  );
  expect(await page.locator('brein-alliance article').first().getAttribute('lang')).toBe('en');
  // Reasons come from the service in the widget's language.
  expect(await shown(page.locator('brein-alliance[view=help]'))).toMatch(/wrote an insight|contributes to/);
  await screenshot(page, 'embed-english', true);

  await page.locator('brein-alliance[view=members]').evaluate((e) => e.setAttribute('lang', 'nl'));
  await page.waitForFunction(() =>
    document
      .querySelector('brein-alliance[view=members]')
      ?.shadowRoot?.textContent?.includes('Wie doen er mee'),
  );
  await page.close();
});

it('renders open questions, similar alliances and help with public people only', async () => {
  // The service keeps hidden people out of anonymous answers; the embed asks anonymously.
  const bottlenecks = dataOf(
    await rig.h.gql(`{ alliance(id: "${ALLIANCE}") { bottlenecks(status: OPEN) { id } } }`, {}, 'anonymous'),
  ).alliance.bottlenecks as { id: string }[];
  const help = readFileSync(
    join(projectRoot(), 'web', 'embed', 'operations', 'bottleneck-help.graphql'),
    'utf8',
  );
  for (const { id } of bottlenecks) {
    const answer = JSON.stringify(dataOf(await rig.h.gql(help, { id, askerId: ALLIANCE }, 'anonymous')));
    for (const hidden of HIDDEN) expect(answer).not.toContain(hidden);
  }

  const page = await open(
    ['questions', 'similar-alliances', 'help'].map((view) => widget({ alliance: ALLIANCE, view })).join(''),
  );
  await settled(page);
  const questions = page.locator('brein-alliance[view=questions]');
  expect(await questions.locator('h3').first().textContent()).toMatch(/werkzame elementen/);
  expect(await questions.locator('h4').allTextContents()).toContain('Wie weet ervan');
  const similar = page.locator('brein-alliance[view=similar-alliances]');
  expect(await similar.locator('ul > li > h3').count()).toBeGreaterThan(0);
  expect(await shown(similar)).toContain('Wat zij leerden');
  const helpView = page.locator('brein-alliance[view=help]');
  expect(await helpView.locator('h3').count()).toBe(Math.min(4, bottlenecks.length));
  expect(await shown(helpView)).toMatch(/Contact: /);
  const text = await shown(page.locator('brein-alliance'));
  for (const name of HIDDEN_NAMES) expect(text).not.toContain(name);
  expect(text).not.toMatch(/@example\.nl/);
  await page.close();
});

it('fits a 360 px screen', async () => {
  const page = await rig.newPage();
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${rig.app.origin}/demo/embed.html`);
  await settled(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  for (const box of await page
    .locator('brein-alliance')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right))) {
    expect(box).toBeLessThanOrEqual(360);
  }
  await screenshot(page, 'embed-360', true);
  await page.close();
});

describe('while the service is down', () => {
  /**
   * Lets `failures` requests for data to /graphql fail (503 or refused), then lets them through.
   * The live event stream a ready widget opens is not a data request and passes untouched.
   */
  async function failingFirst(page: Page, failures: number, how: '503' | 'refused') {
    const attempts: number[] = [];
    await page.route(
      (url) => url.pathname === '/graphql',
      async (route) => {
        if (route.request().resourceType() === 'eventsource') return route.continue();
        attempts.push(Date.now());
        if (attempts.length > failures) return route.continue();
        if (how === 'refused') return route.abort('connectionrefused');
        return route.fulfill({
          status: 503,
          headers: { 'content-type': 'application/json', 'access-control-allow-origin': '*' },
          body: JSON.stringify({ errors: [{ message: 'unavailable', extensions: { code: 'UNAVAILABLE' } }] }),
        });
      },
    );
    return attempts;
  }

  it('shows the fallback content, then retries with growing waits until the service answers', async () => {
    let attempts: number[] = [];
    const page = await open(
      widget(
        { alliance: ALLIANCE, view: 'insights' },
        '<p id="fallback">Lees onze inzichten op onze eigen site.</p>',
      ),
      async (p) => {
        attempts = await failingFirst(p, 3, '503');
      },
    );
    const embed = page.locator('brein-alliance');
    await page.waitForFunction(
      () => document.querySelector('brein-alliance')?.getAttribute('data-error') === 'unavailable',
    );
    expect(await page.locator('#fallback').isVisible()).toBe(true);
    expect((await embed.boundingBox())?.height).toBeGreaterThan(40);
    expect(await embed.locator('[role=status]').textContent()).toMatch(/niet bereikbaar/);
    await screenshot(page, 'embed-unavailable-fallback');

    await page.waitForSelector('brein-alliance[data-state="ready"]', { timeout: 20_000 });
    expect(await page.locator('#fallback').isVisible()).toBe(false);
    expect(await embed.locator('h2').textContent()).toMatch(/^Inzichten van/);
    expect(attempts).toHaveLength(4);
    const waits = attempts.slice(1).map((t, i) => t - attempts[i]!);
    // About 1 s, 2 s, 4 s (up to a fifth less).
    expect(waits[0]).toBeGreaterThanOrEqual(750);
    expect(waits[1]).toBeGreaterThanOrEqual(1_550);
    expect(waits[2]).toBeGreaterThanOrEqual(3_150);
    await page.close();
  });

  it('shows a visible error without fallback content while the service cannot be reached', async () => {
    const page = await open(widget({ alliance: ALLIANCE, view: 'bottlenecks' }), async (p) => {
      await failingFirst(p, 2, 'refused');
    });
    const embed = page.locator('brein-alliance');
    await page.waitForFunction(
      () => document.querySelector('brein-alliance')?.getAttribute('data-error') === 'unavailable',
    );
    expect(await embed.locator('h2').textContent()).toBe('Tijdelijk niet beschikbaar');
    expect(await embed.locator('[role=alert]').textContent()).toMatch(/proberen we het opnieuw/);
    expect((await embed.boundingBox())?.height).toBeGreaterThan(60);
    await screenshot(page, 'embed-unavailable');
    await page.waitForSelector('brein-alliance[data-state="ready"]', { timeout: 20_000 });
    expect(await embed.locator('h2').textContent()).toMatch(/^Knelpunten van/);
    await page.close();
  });
});

it("shows each bottleneck with the alliance's own status, not the status across all alliances", async () => {
  const facedOpen = dataOf(
    await rig.h.gql(`{ alliance(id: "${ALLIANCE}") { bottlenecks(status: OPEN) { id title } } }`),
  ).alliance.bottlenecks as { id: string; title: string }[];
  const other = (
    dataOf(await rig.h.gql('{ alliances(first: 5) { edges { node { id } } } }')).alliances.edges as {
      node: { id: string };
    }[]
  )
    .map((e) => e.node.id)
    .find((id) => id !== ALLIANCE)!;
  const target = facedOpen[0]!;
  const facing = (fromId: string, status: string) =>
    rig.h.gql(`mutation($input: ConnectInput!) { connect(input: $input) { type } }`, {
      input: { type: 'RECORDED', fromId, toId: target.id, properties: { status } },
    });
  // Another alliance still faces it, so across alliances it stays open; this one addressed it.
  dataOf(await facing(other, 'OPEN'));
  dataOf(await facing(ALLIANCE, 'ADDRESSED'));
  try {
    const global = dataOf(await rig.h.gql(`{ bottleneck(id: "${target.id}") { status } }`)).bottleneck;
    expect(global.status).toBe('OPEN');
    // The pages of this file share one browser cache, where an earlier test's answer is fresh for
    // 30 s (max-age); a page that routes its requests bypasses that cache, as a first visit would.
    const page = await open(widget({ alliance: ALLIANCE, view: 'bottlenecks' }), async (p) => {
      await p.route('**/graphql?**', (route) => route.continue());
    });
    await settled(page);
    expect(await shown(page.locator('brein-alliance'))).toContain(`Aangepakt${target.title}`);
    await page.close();
  } finally {
    dataOf(await facing(ALLIANCE, 'OPEN'));
  }
});
