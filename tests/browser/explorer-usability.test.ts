import type { Page } from 'playwright-core';
import { screenshot, useBrowserRig } from '../support/browser.js';

const rig = useBrowserRig();

const MARIEKE = 'prof-marieke-van-dijk';
const SAMIRA = 'prof-samira-el-idrissi';
const TIM = 'prof-tim-janssen';
const ALLIANCE = 'alliance-ma-inclusie';

interface Box {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

async function open(query = '', width = 1440): Promise<Page> {
  const page = await rig().newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${rig().app.origin}/explorer${query}`);
  await page.waitForSelector('#app[data-state="ready"]');
  return page;
}

const appData = (page: Page, name: string) => page.getAttribute('#app', `data-${name}`);

async function labelBoxes(page: Page): Promise<Box[]> {
  await page.waitForTimeout(400); // labels are placed once the camera rests
  return JSON.parse((await page.getAttribute('#graph', 'data-label-boxes')) ?? '[]') as Box[];
}

// Beside each other on one line, two labels keep more than a space apart: they never read as one.
const BESIDE = 10;
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.w + BESIDE && b.x < a.x + a.w + BESIDE && a.y < b.y + b.h && b.y < a.y + a.h;

async function pick(page: Page, input: string, list: string, text: string, id: string) {
  await page.fill(input, text);
  const result = page.locator(`${list} button[data-id="${id}"]`);
  await result.waitFor();
  await result.click();
}

it('labels most of a focused alliance, and no two labels overlap', async () => {
  const page = await open(`?focus=${ALLIANCE}`);
  await page.waitForTimeout(800); // the camera glides to the focus
  const boxes = await labelBoxes(page);
  const visible = Number(await appData(page, 'visible-nodes'));
  expect(boxes.length).toBeGreaterThanOrEqual(Math.min(12, visible));
  for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(overlap(a, b)).toBe(false);
  await screenshot(page, 'explorer-labels-focus');

  const overview = await open();
  const overviewBoxes = await labelBoxes(overview);
  expect(overviewBoxes.some((b) => b.id.startsWith('cluster:'))).toBe(true);
  for (const [i, a] of overviewBoxes.entries())
    for (const b of overviewBoxes.slice(i + 1)) expect(overlap(a, b)).toBe(false);
  await screenshot(overview, 'explorer-labels-overview');
  await page.close();
  await overview.close();
});

it('keeps the legend collapsed and outside the map', async () => {
  const page = await open();
  expect(await page.locator('#legend details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
  await page.click('#legend summary');
  const legend = (await page.locator('#legend').boundingBox())!;
  const map = (await page.locator('#graph').boundingBox())!;
  const apart =
    legend.x + legend.width <= map.x ||
    map.x + map.width <= legend.x ||
    legend.y + legend.height <= map.y ||
    map.y + map.height <= legend.y;
  expect(apart).toBe(true);
  await page.close();
});

it('clears a selection when the filters change', async () => {
  const page = await open();
  await pick(page, '#search-input', '#search-results', 'Marieke', MARIEKE);
  await page.waitForSelector(`#app[data-selected="${MARIEKE}"]`);
  await page.selectOption('#filter-alliance', ALLIANCE);
  await page.waitForSelector('#app[data-state="ready"]');
  expect(await appData(page, 'selected')).toBe('');
  expect(await page.textContent('#details-body')).not.toContain('Marieke');
  await page.close();
});

it('does not rerun the previous path for a name that was typed but not picked', async () => {
  const page = await open();
  await pick(page, '#path-from', '.person-picker[data-role="from"] ul', 'Samira', SAMIRA);
  await pick(page, '#path-to', '.person-picker[data-role="to"] ul', 'Tim Janssen', TIM);
  await page.click('#path-find');
  await page.waitForSelector('#app[data-path-length]:not([data-path-length=""])');
  // Beside a path the details panel shows nothing unrelated.
  expect(await appData(page, 'selected')).toBe('');

  await page.fill('#path-to', 'Iemand anders');
  await page.click('body', { position: { x: 5, y: 5 } });
  await page.click('#path-find');
  expect(await appData(page, 'path-length')).toBe('');
  expect(await page.textContent('#path-result')).toBe('Kies bij "Naar" een persoon uit de lijst.');
  await page.close();
});

it('offers a visible button to load the neighbours of what is selected', async () => {
  const page = await open();
  expect(await page.isVisible('#hint')).toBe(true);
  await pick(page, '#search-input', '#search-results', 'Marieke', MARIEKE);
  await page.waitForSelector(`#app[data-selected="${MARIEKE}"]`);
  const button = page.locator('#expand-selected');
  await button.waitFor({ state: 'visible' });
  expect(await button.textContent()).toBe('Buren laden van Marieke van Dijk');
  const before = Number(await appData(page, 'loaded-nodes'));
  await button.click();
  await page.waitForFunction(
    (n) => Number(document.querySelector('#app')?.getAttribute('data-loaded-nodes')) > n,
    before,
  );
  await screenshot(page, 'explorer-expand-button');
  await page.close();
});

it('fits a 360 px wide screen', async () => {
  const page = await open('', 360);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
  await screenshot(page, 'explorer-360', true);
  await page.close();
});

it('shows an error in the interface language next to the control that failed', async () => {
  const page = await open();
  await pick(page, '#path-from', '.person-picker[data-role="from"] ul', 'Samira', SAMIRA);
  await pick(page, '#path-to', '.person-picker[data-role="to"] ul', 'Tim Janssen', TIM);
  await page.route('**/graphql', (route) =>
    route.request().postData()?.includes('introductionPath')
      ? route.fulfill({
          status: 503,
          contentType: 'application/json',
          body: JSON.stringify({ errors: [{ message: 'unavailable', extensions: { code: 'UNAVAILABLE' } }] }),
        })
      : route.continue(),
  );
  await page.click('#path-find');
  await page.waitForSelector('#path-result.inline-error');
  expect(await page.textContent('#path-result')).toBe(
    'De dienst is even niet beschikbaar. Probeer het zo opnieuw.',
  );
  await page.click('#language');
  await page.click('#path-find');
  await page.waitForFunction(() =>
    document.querySelector('#path-result')?.textContent?.startsWith('The service'),
  );
  expect(await page.textContent('#path-result')).toBe(
    'The service is unavailable for a moment. Try again shortly.',
  );
  await page.close();
});
