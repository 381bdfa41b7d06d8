import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { loadDemoData } from '../../src/seed/demo.js';
import { projectRoot } from '../../src/util/project-root.js';
import { startHarness, type Harness } from './harness.js';
import { listen, type Listening } from './http.js';

/** Screenshots of the browser tests (ignored by git), to look at after a run. */
export const ARTIFACTS = join(projectRoot(), 'test-artifacts');

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export { listen, type Listening };

export interface BrowserRig {
  readonly h: Harness;
  /** The real service on a port, with the demo network loaded. */
  readonly app: Listening;
  readonly browser: BrowserContext;
  /** Uncaught errors of every page opened with newPage: a test ends by expecting none. */
  readonly pageErrors: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** The real service over HTTP plus Debian's Chromium with a fresh profile. */
export async function startBrowserRig(): Promise<BrowserRig> {
  if (!existsSync(join(projectRoot(), 'dist', 'web', 'explorer', 'index.html'))) {
    throw new Error('dist/web is missing: run `node tools/build-web.mjs` (npm run build:web) first');
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  const h = await startHarness();
  await loadDemoData(h.services);
  const app = await listen(h.app);
  const profile = mkdtempSync(join(tmpdir(), 'brein-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
  const pageErrors: string[] = [];
  return {
    h,
    app,
    browser,
    pageErrors,
    async newPage() {
      const page = await browser.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      return page;
    },
    async close() {
      await browser.close();
      await app.close();
      await h.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The rig of one test file: started before its tests, closed after them, and every test ends by
 * expecting no uncaught page error. Returns the started rig.
 */
export function useBrowserRig(): () => BrowserRig {
  let rig: BrowserRig | undefined;
  beforeAll(async () => {
    rig = await startBrowserRig();
  });
  afterAll(() => rig?.close());
  afterEach(() => expect(rig!.pageErrors.splice(0)).toEqual([]));
  return () => {
    if (!rig) throw new Error('the browser rig is not started yet');
    return rig;
  };
}

export const screenshot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage });
