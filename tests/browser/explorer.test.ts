import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { dataOf } from '../support/harness.js';
import { ARTIFACTS, screenshot, useBrowserRig } from '../support/browser.js';

const rig = useBrowserRig();

const MARIEKE = 'prof-marieke-van-dijk';
// The only shortest chain between these two runs through public people only.
const SAMIRA = 'prof-samira-el-idrissi';
const TIM = 'prof-tim-janssen';

async function open(query = ''): Promise<Page> {
  const page = await rig().newPage();
  await page.goto(`${rig().app.origin}/explorer${query}`);
  await page.waitForSelector('#app[data-state="ready"]');
  return page;
}

const appData = (page: Page, name: string) => page.getAttribute('#app', `data-${name}`);
const visibleCount = async (page: Page) => Number(await appData(page, 'visible-nodes'));

async function searchAndPick(page: Page, input: string, list: string, text: string, id: string) {
  await page.fill(input, text);
  const result = page.locator(`${list} button[data-id="${id}"]`);
  await result.waitFor();
  await result.click();
}

it("opens with the server's overview: clusters as nodes and the top people, with a legend", async () => {
  const page = await open();
  expect(await visibleCount(page)).toBeGreaterThan(50);
  expect(Number(await appData(page, 'visible-edges'))).toBeGreaterThan(50);
  expect(Number(await appData(page, 'communities'))).toBeGreaterThan(1);
  expect(await page.locator('#legend li').count()).toBeGreaterThan(1);
  expect(Number(await page.getAttribute('#graph', 'data-labelled'))).toBeGreaterThan(5);
  expect(await page.locator('#graph canvas').count()).toBeGreaterThan(0);
  expect(await page.textContent('h1')).toBe('Maatschappelijk Brein · Verkenner');
  await page.waitForSelector('#app[data-layout="stopped"]', { timeout: 15_000 });
  await screenshot(page, 'explorer-overview');
  await page.close();
});

it('finds a person with the search box and shows her public details', async () => {
  const page = await open();
  await searchAndPick(page, '#search-input', '#search-results', 'Marieke', MARIEKE);
  await page.waitForSelector(`#app[data-selected="${MARIEKE}"]`);
  await page.waitForSelector('#details-body dl dt:has-text("Functie")');
  const details = await page.textContent('#details-body');
  expect(details).toContain('Marieke van Dijk');
  expect(details).not.toMatch(/@example\.nl/);
  await screenshot(page, 'explorer-search');
  await page.close();
});

it('expands a node so that all its neighbours are in view', async () => {
  const page = await open('?focus=alliance-ma-inclusie');
  const expected = dataOf(
    await rig().h.gql(
      'query($id: ID!) { neighborhood(id: $id, depth: 1, limit: 300) { nodes { id } } }',
      {
        id: MARIEKE,
      },
      'anonymous',
    ),
  )
    .neighborhood.nodes.map((n: { id: string }) => n.id)
    .filter((id: string) => id !== MARIEKE);
  await searchAndPick(page, '#search-input', '#search-results', 'Marieke van Dijk', MARIEKE);
  await page.waitForSelector(`#app[data-selected="${MARIEKE}"]`);
  const shownBefore = await page
    .locator('#neighbours li[data-id]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
  expect(expected.filter((id: string) => !shownBefore.includes(id)).length).toBeGreaterThan(0);
  const before = await visibleCount(page);

  await page.click('#expand');
  await page.waitForFunction(
    (count) => document.querySelectorAll('#neighbours li[data-id]').length >= count,
    Math.min(expected.length, 80),
  );
  await page.waitForSelector('#app[data-state="ready"]');
  const shownAfter = await page
    .locator('#neighbours li[data-id]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
  expect(new Set(shownAfter)).toEqual(new Set(expected));
  expect(await visibleCount(page)).toBeGreaterThan(before);
  await screenshot(page, 'explorer-expanded');
  await page.close();
});

it('finds and highlights the introduction path between two people', async () => {
  const path = dataOf(
    await rig().h.gql(
      'query($a: ID!, $b: ID!) { introductionPath(fromId: $a, toId: $b) { length nodes { id } } }',
      {
        a: SAMIRA,
        b: TIM,
      },
      'anonymous',
    ),
  ).introductionPath;
  expect(path.length).toBe(3);
  const page = await open();
  await searchAndPick(page, '#path-from', '.person-picker[data-role="from"] ul', 'Samira', SAMIRA);
  await searchAndPick(page, '#path-to', '.person-picker[data-role="to"] ul', 'Tim Janssen', TIM);
  await page.click('#path-find');
  await page.waitForSelector('#app[data-path-length]:not([data-path-length=""])');
  expect((await appData(page, 'path'))?.split(' ')).toEqual(path.nodes.map((n: { id: string }) => n.id));
  expect(Number(await appData(page, 'path-length'))).toBe(path.length);
  expect(await page.textContent('#path-result')).toMatch(/Samira El Idrissi → .* → Tim Janssen/);
  await page.waitForTimeout(600); // the camera glides to the path
  await screenshot(page, 'explorer-path');
  await page.close();
});

it('filters by kind and by alliance, and recolours and resizes on request', async () => {
  const page = await open();
  const all = await visibleCount(page);
  await page.uncheck('#label-filters input[value="Insight"]');
  const withoutInsights = await visibleCount(page);
  expect(withoutInsights).toBeLessThan(all);
  await page.selectOption('#filter-alliance', 'alliance-ma-inclusie');
  await page.waitForSelector('#app[data-state="ready"]');
  const inAlliance = await visibleCount(page);
  expect(inAlliance).toBeLessThan(withoutInsights);
  expect(inAlliance).toBeGreaterThan(5);

  await page.check('input[name="colour"][value="label"]');
  await page.check('input[name="size"][value="brokerage"]');
  await page.waitForSelector(
    '#app[data-size-mode="brokerage"][data-colour-mode="label"][data-state="ready"]',
  );
  expect(await page.textContent('#legend')).toContain('Professional');
  await screenshot(page, 'explorer-filtered');

  await page.click('#clear-filters');
  expect(await visibleCount(page)).toBe(all);
  await page.close();
});

it('exports the visible subgraph as JSON and as a PNG picture', async () => {
  const page = await open();
  const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  const exported = JSON.parse(readFileSync((await json.path()) as string, 'utf8'));
  expect(exported.nodes).toHaveLength(await visibleCount(page));
  expect(exported.edges.length).toBeGreaterThan(0);
  expect(JSON.stringify(exported)).not.toMatch(/@example\.nl/);

  const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
  const image = readFileSync((await png.path()) as string);
  await png.saveAs(join(ARTIFACTS, 'explorer-export.png'));
  expect(image.subarray(1, 4).toString()).toBe('PNG');
  expect(image.length).toBeGreaterThan(20_000);
  await page.close();
});

it('switches the interface between Dutch and English', async () => {
  const page = await open();
  await page.click('#language');
  expect(await page.textContent('h1')).toBe('Societal Brain · Explorer');
  expect(await page.getAttribute('html', 'lang')).toBe('en');
  expect(await page.getAttribute('#search-input', 'placeholder')).toMatch(/^Search/);
  await page.click('#language');
  expect(await page.textContent('h1')).toBe('Maatschappelijk Brein · Verkenner');
  await page.close();
});
