import { dataOf } from '../support/harness.js';
import { listen, startBrowserRig, type BrowserRig, type Listening } from '../support/browser.js';

const ALLIANCE = 'alliance-ma-inclusie';

let rig: BrowserRig;
let otherSite: Listening;
beforeAll(async () => {
  rig = await startBrowserRig();
  otherSite = await listen((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="nl"><head><title>Alliantie</title></head><body>
      <brein-alliance alliance="${ALLIANCE}" view="insights"></brein-alliance>
      <brein-alliance alliance="${ALLIANCE}" view="members"></brein-alliance>
      <script src="${rig.app.origin}/embed.js"></script></body></html>`);
  });
});
afterAll(async () => {
  await otherSite?.close();
  await rig?.close();
});
afterEach(() => expect(rig.pageErrors.splice(0)).toEqual([]));

it('shows a change to the alliance within seconds, over one persisted event stream per alliance', async () => {
  const page = await rig.newPage();
  const streams: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'eventsource') streams.push(r.url());
  });
  await page.goto(`${otherSite.origin.replace('127.0.0.1', 'localhost')}/`);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('brein-alliance')].every(
      (e) => (e as HTMLElement).dataset.state === 'ready',
    ),
  );
  const insights = page.locator('brein-alliance[view="insights"] ul > li');
  const before = await insights.count();
  // Give the stream a moment to open before the change.
  await page.waitForTimeout(500);
  expect(streams).toHaveLength(1);
  expect(streams[0]).toContain('documentId=sha256');
  expect(streams[0]).not.toContain('query=');

  const text = 'Een les die live verschijnt op de pagina van de alliantie.';
  const id = dataOf(
    await rig.h.gql(`mutation { createInsight(input: { text: "${text}", kind: LESSON }) { id } }`),
  ).createInsight.id as string;
  const started = Date.now();
  dataOf(
    await rig.h.gql(
      `mutation { connect(input: { type: RECORDED, fromId: "${ALLIANCE}", toId: "${id}" }) { type } }`,
    ),
  );
  await page.waitForFunction(
    (expected) =>
      document
        .querySelector('brein-alliance[view="insights"]')
        ?.shadowRoot?.textContent?.includes(expected) ?? false,
    text,
    { timeout: 10_000 },
  );
  expect(Date.now() - started).toBeLessThan(10_000);
  expect(await insights.count()).toBe(before + 1);
  // The widget stayed ready while it asked again, and the other widget is still there.
  expect(await page.locator('brein-alliance[view="members"]').getAttribute('data-state')).toBe('ready');
  await page.close();
});
