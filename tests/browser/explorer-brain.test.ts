import type { Page } from 'playwright-core';
import { AllianceRole, LearningCondition } from '../../src/domain/enums.js';
import { RELATIONSHIP_TYPES } from '../../src/domain/relationships.js';
import { dataOf } from '../support/harness.js';
import { screenshot, useBrowserRig } from '../support/browser.js';

const rig = useBrowserRig();

const MARIEKE = 'prof-marieke-van-dijk';
const ALLIANCE = 'alliance-ma-inclusie';
const BOTTLENECK = 'bottleneck-kennis-verdwijnt-na-projectfinanciering';
const EVENT = 'event-slimmernetwerk-cafe-voorjaar-2025';

// Relationship types and enum values of the schema: none may show raw in the Dutch interface.
const RAW = new RegExp(
  `\\b(${[...RELATIONSHIP_TYPES, ...AllianceRole, ...LearningCondition, 'STEADY', 'UP', 'DOWN', 'NEW'].join('|')})\\b`,
);

/** The Dutch interface, whatever an earlier page chose. */
async function open(query = ''): Promise<Page> {
  const page = await rig().newPage();
  await page.goto(`${rig().app.origin}/explorer${query ? `${query}&` : '?'}lang=nl`);
  await page.waitForSelector('#app[data-state="ready"]');
  return page;
}

/** Opens a panel and waits for its ranked answers; returns the reason texts. */
async function openPanel(page: Page, panel: string): Promise<string[]> {
  await page.click(`[data-brain="${panel}"]`);
  await page.waitForSelector(`#brain-results[data-panel="${panel}"] .brain-item`, { timeout: 20_000 });
  await page.waitForSelector('#app[data-state="ready"]');
  const reasons = await page.locator('#brain-results .brain-reason').allTextContents();
  expect(reasons.length).toBeGreaterThan(0);
  for (const text of reasons) expect(text.trim().length).toBeGreaterThan(3);
  const shown = (await page.textContent('#brain')) ?? '';
  expect(shown).not.toMatch(RAW);
  return reasons;
}

/** Clicks an answer and expects its path drawn highlighted, the answer itself among its nodes. */
async function expectHighlight(page: Page, item = '#brain-results .brain-item-title'): Promise<string[]> {
  const first = page.locator(item).first();
  const id = await first.getAttribute('data-id');
  await first.click();
  await page.waitForSelector('#graph[data-highlighted]:not([data-highlighted=""])');
  const highlighted = ((await page.getAttribute('#graph', 'data-highlighted')) ?? '').split(' ');
  const asked = ((await page.getAttribute('#app', 'data-highlight')) ?? '').split(' ');
  expect(new Set(highlighted)).toEqual(new Set(asked));
  expect(highlighted).toContain(id);
  return highlighted;
}

it('answers who knows what for a typed topic, with reasons and a highlighted proof', async () => {
  const page = await open();
  await page.fill('#brain-topic', 'laaggeletterdheid');
  await openPanel(page, 'whoKnows');
  expect(await page.locator('#brain-results .brain-item').count()).toBeLessThanOrEqual(10);
  await expectHighlight(page);
  await page.waitForTimeout(500);
  await screenshot(page, 'explorer-brain-who-knows');
  await page.close();
});

it('suggests people to meet for the selected person, highlighting the paths that prove it', async () => {
  const expected = dataOf(
    await rig().h.gql(
      `query($id: ID!) { suggestedConnections(professionalId: $id, first: 10, lang: NL) {
        professional { id } reasons { path { nodes { id } } } } }`,
      { id: MARIEKE },
      'anonymous',
    ),
  ).suggestedConnections as {
    professional: { id: string };
    reasons: { path: { nodes: { id: string }[] } }[];
  }[];
  expect(expected.length).toBeGreaterThan(0);
  const page = await open(`?focus=${MARIEKE}`);
  await openPanel(page, 'connections');
  const ranked = await page
    .locator('#brain-results .brain-item')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
  expect(ranked).toEqual(expected.map((m) => m.professional.id));
  const highlighted = await expectHighlight(page);
  const proof = new Set(expected[0]!.reasons.flatMap((r) => r.path.nodes.map((n) => n.id)));
  expect(new Set(highlighted)).toEqual(proof);

  // One reason alone on hover.
  await page.locator('#brain-results .brain-reason').first().hover();
  await page.waitForFunction(
    (n) => (document.querySelector('#app')?.getAttribute('data-highlight') ?? '').split(' ').length <= n,
    proof.size,
  );
  await screenshot(page, 'explorer-brain-connections');
  await page.close();
});

it('lists practices for the selected bottleneck and alliances that share bottlenecks', async () => {
  const page = await open(`?focus=${BOTTLENECK}`);
  await openPanel(page, 'practices');
  await expectHighlight(page);
  await screenshot(page, 'explorer-brain-practices');
  await page.close();

  const alliance = await open(`?focus=${ALLIANCE}`);
  await openPanel(alliance, 'alliances');
  await expectHighlight(alliance);
  await screenshot(alliance, 'explorer-brain-alliances');
  await alliance.close();
});

it('shows role gaps and the learning-network health of an alliance in Dutch words', async () => {
  const page = await open(`?focus=${ALLIANCE}`);
  await openPanel(page, 'roleGaps');
  expect(await page.textContent('#brain-results')).toMatch(/Ontbreekt: /);
  await expectHighlight(page);
  await screenshot(page, 'explorer-brain-role-gaps');

  await openPanel(page, 'health');
  expect(await page.locator('#brain-results .brain-item').count()).toBe(5);
  expect(await page.textContent('#brain-results')).toMatch(/Wederzijdse afhankelijkheid/);
  await expectHighlight(page);
  await screenshot(page, 'explorer-brain-health');
  await page.close();
});

it('shows the harvest of the selected event, and rewords a panel in English', async () => {
  const page = await open(`?focus=${EVENT}`);
  await openPanel(page, 'harvest');
  expect(await page.locator('#brain-results .brain-item').count()).toBeGreaterThanOrEqual(3);
  const highlighted = await expectHighlight(page);
  expect(highlighted).toContain(EVENT);
  await screenshot(page, 'explorer-brain-harvest');

  await page.click('#language');
  await page.waitForFunction(() =>
    document.querySelector('#brain-results h3')?.textContent?.startsWith('Harvest'),
  );
  await page.waitForSelector('#app[data-state="ready"]');
  expect(await page.textContent('#brain-results')).toMatch(/Harvested at /);
  await page.close();
});

it('asks for a selection of the right kind instead of guessing', async () => {
  const page = await open();
  await page.click('[data-brain="connections"]');
  expect(await page.textContent('#brain-error')).toBe(
    'Selecteer eerst een professional in de kaart of via de zoekbalk.',
  );
  await page.click('[data-brain="whoKnows"]');
  expect(await page.textContent('#brain-error')).toBe(
    'Typ een onderwerp of selecteer een thema of knelpunt.',
  );
  await page.close();
});
