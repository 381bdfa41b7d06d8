import type { Page } from 'playwright-core';
import { dataOf } from '../support/harness.js';
import { listen, screenshot, startBrowserRig, type BrowserRig, type Listening } from '../support/browser.js';

// GraphiQL, the explorer and the demo page: everything they need comes from the service, and their
// Content-Security-Policy refuses nothing they do themselves.

let rig: BrowserRig;
/** A page of another origin that tries to show the explorer in a frame. */
let framingSite: Listening;
/** Requests for anything outside the service, refused as a network without internet would. */
const outside: string[] = [];
/** What a page's Content-Security-Policy refused. */
const refusedByPolicy: string[] = [];

beforeAll(async () => {
  rig = await startBrowserRig();
  framingSite = await listen((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><title>Elders</title><iframe src="${rig.app.origin}/explorer"></iframe>`);
  });
  // On the context rather than the page, so that the editor's workers are held to it as well.
  await rig.browser.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${rig.app.origin}/`) || url.startsWith(`${framingSite.origin}/`)) {
      return route.continue();
    }
    outside.push(url);
    return route.abort('internetdisconnected');
  });
});
afterAll(async () => {
  await framingSite?.close();
  await rig?.close();
});
afterEach(() => {
  expect(rig.pageErrors.splice(0)).toEqual([]);
  expect(outside.splice(0)).toEqual([]);
  expect(refusedByPolicy.splice(0)).toEqual([]);
});

async function open(path: string): Promise<Page> {
  const page = await rig.newPage();
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refusedByPolicy.push(message.text());
  });
  await page.goto(`${rig.app.origin}${path}`);
  return page;
}

/** Replaces the operation in GraphiQL's query editor, as a person would type it. */
async function typeOperation(page: Page, operation: string) {
  await page.locator('.graphiql-query-editor .monaco-editor').first().click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  // insertText sends the text as one input, so the editor's auto-closed brackets do not double.
  await page.keyboard.insertText(operation);
}

const responseText = (page: Page) =>
  page
    .locator('.graphiql-response .view-lines')
    .first()
    .evaluate((element) => (element as HTMLElement).innerText.replace(/\u00a0/g, ' '));

it('GraphiQL completes, runs a typed query and shows its answer with the internet out of reach', async () => {
  const [professional] = dataOf(
    await rig.h.gql('{ professionals(first: 1) { edges { node { id name } } } }', {}, 'anonymous'),
  ).professionals.edges.map((e: { node: { id: string; name: string } }) => e.node);

  const page = await open('/graphql');
  await page.locator('.graphiql-query-editor .monaco-editor').first().waitFor({ timeout: 30_000 });
  expect(await page.title()).toBe('Maatschappelijk Brein');

  // Completion comes from the editor's GraphQL worker, which the page starts from a blob: URL.
  await typeOperation(page, '{ profe');
  await page.keyboard.press('Control+Space');
  await page.locator('.suggest-widget .monaco-list-row', { hasText: 'professionals' }).waitFor();
  await page.keyboard.press('Escape');

  await typeOperation(page, `{ professional(id: "${professional.id}") { name } }`);
  await page.locator('.graphiql-execute-button').click();
  await page.waitForFunction(
    (name) =>
      (document.querySelector('.graphiql-response .view-lines') as HTMLElement | null)?.innerText
        .replace(/\u00a0/g, ' ')
        .includes(name),
    professional.name,
    { timeout: 15_000 },
  );
  expect(await responseText(page)).toContain(`"name": "${professional.name}"`);
  await screenshot(page, 'graphiql-offline');
  await page.close();
});

it('the explorer draws the network within its own policy', async () => {
  const page = await open('/explorer');
  await page.waitForSelector('#app[data-state="ready"]');
  expect(Number(await page.getAttribute('#app', 'data-visible-nodes'))).toBeGreaterThan(0);
  await page.close();
});

it('the demo page shows every embed within its own policy', async () => {
  const page = await open('/demo/embed.html');
  const embeds = page.locator('brein-alliance');
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('brein-alliance')].every((e) => e.getAttribute('data-state') === 'ready'),
    undefined,
    { timeout: 15_000 },
  );
  expect(await embeds.count()).toBeGreaterThan(1);
  await page.close();
});

it('the explorer does not show inside a frame of another site', async () => {
  const page = await rig.newPage();
  await page.goto(`${framingSite.origin}/`);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  expect(frame).toBeDefined();
  expect(await frame?.locator('#app').count()).toBe(0);
  await page.close();
});
