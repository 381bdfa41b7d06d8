import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { countProfessionals, generate } from '../bench/dataset.js';
import { projectRoot } from '../util/project-root.js';
import { withServices } from './with-services.js';
import { readArgs, wholeNumber } from './args.js';

const USAGE = `usage: npm run bench:explorer -- [--professionals 10000] [--pan-seconds 4] [--trace]
Generates the synthetic network (when the database holds fewer professionals), starts the service
in its own process, opens /explorer in headless Chromium (software WebGL) and measures time to the
first picture (cold: the first visit after the service is ready, the browser's cache empty; warm:
a second visit), control response times and frames per second while panning. Needs dist/web (npm run build:web) and NEO4J_URI of a database it may fill.
With --trace, each control's requests (by operation, from start to answer) and the page's long tasks
are written to stderr, in milliseconds from the input.
Results: bench/results/explorer-<date>.md`;

const { values } = readArgs(USAGE, {
  options: {
    professionals: { type: 'string', default: '10000' },
    'pan-seconds': { type: 'string', default: '4' },
    trace: { type: 'boolean', default: false },
  },
});
const wanted = wholeNumber(USAGE, 'professionals', values.professionals, 10);
const panSeconds = wholeNumber(USAGE, 'pan-seconds', values['pan-seconds'], 1);

const dataset = await withServices(async (services) => {
  if ((await countProfessionals(services)) < wanted) {
    process.stderr.write(`generating a graph of ${wanted} professionals…\n`);
    await generate(services, wanted, (line) => process.stderr.write(`\r${line}`));
    process.stderr.write('\n');
  }
  return { professionals: await countProfessionals(services) };
});

const port = 4900 + Math.floor(Math.random() * 90);
const origin = `http://127.0.0.1:${port}`;
const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot(), 'src', 'main.ts')], {
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
for (let waited = 0; ; waited += 500) {
  if (
    await fetch(`${origin}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    )
  )
    break;
  if (waited > 300_000 || child.exitCode !== null) throw new Error('the service did not become ready');
  await sleep(500);
}

const profile = mkdtempSync(join(tmpdir(), 'brein-bench-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  viewport: { width: 1440, height: 900 },
});
// tsx names the functions it compiles with a helper (__name) that the page lacks.
await browser.addInitScript('globalThis.__name = (fn) => fn;');
if (values.trace) {
  // Requests by operation name and long tasks, in page time; read per control by traced().
  await browser.addInitScript(`
    window.benchTrace = [];
    const original = window.fetch;
    window.fetch = (...args) => {
      const name = (String(args[1] && args[1].body).match(/query (\\w+)/) || [])[1] || 'request';
      const start = performance.now();
      const answer = original(...args);
      answer.then(() => window.benchTrace.push({ name, start, end: performance.now() }), () => undefined);
      return answer;
    };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        window.benchTrace.push({ name: 'long task', start: e.startTime, end: e.startTime + e.duration });
    }).observe({ entryTypes: ['longtask'] });
  `);
}

/** With --trace: what happened in the page since `t0` (page time), to stderr. */
async function traced(page: Page, name: string, t0: number): Promise<void> {
  if (!values.trace) return;
  const events = (await page.evaluate('window.benchTrace.splice(0)')) as {
    name: string;
    start: number;
    end: number;
  }[];
  const lines = events
    .filter((e) => e.end >= t0)
    .sort((a, b) => a.start - b.start)
    .map((e) => `  ${e.name} ${(e.start - t0).toFixed(0)}..${(e.end - t0).toFixed(0)}`);
  process.stderr.write(`${name}\n${lines.join('\n')}\n`);
}

const ready = (page: Page) =>
  page.waitForFunction(
    () => {
      const app = document.getElementById('app')!;
      return app.dataset.state === 'ready' && Number(app.dataset.visibleNodes) > 0;
    },
    null,
    { timeout: 120_000 },
  );

/** From navigation start until the overview is drawn and the page is idle. */
async function firstPicture(): Promise<{ ms: number; page: Page; requests: number; bytes: number }> {
  const page = await browser.newPage();
  let requests = 0;
  let bytes = 0;
  page.on('response', (response) => {
    if (!response.url().includes('/graphql')) return;
    requests++;
    void response.body().then(
      (b) => (bytes += b.length),
      () => undefined,
    );
  });
  await page.goto(`${origin}/explorer`);
  await ready(page);
  const ms = await page.evaluate(
    () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now()))),
  );
  return { ms, page, requests, bytes };
}

/**
 * Waits until the page has drawn what the step before asked for (a selection, the labels placed
 * after a pan): two frames, then a pause for sigma's inertia and label placement (120 ms after the
 * camera rests), so that a control's figure holds its own work and not the previous step's.
 */
async function settled(page: Page): Promise<void> {
  await page.waitForTimeout(300);
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

/**
 * Time from the input until the next frame after the page's handlers ran; with `settle`, until the
 * page is ready again (#app[data-state="ready"], every request of the control answered) and has
 * drawn the next frame. Measured inside the page (performance.now), so Playwright's own round
 * trips are not part of the figure.
 */
async function control(
  page: Page,
  name: string,
  act: string,
  settle = false,
): Promise<{ name: string; ms: number }> {
  await settled(page);
  const [ms, t0] = await page.evaluate(
    ([code, wait]) =>
      new Promise<[number, number]>((resolve) => {
        const app = document.getElementById('app')!;
        const t0 = performance.now();
        const done = () => requestAnimationFrame(() => resolve([performance.now() - t0, t0]));
        new Function(code)();
        if (!wait || app.dataset.state === 'ready') return done();
        const watch = new MutationObserver(() => {
          if (app.dataset.state !== 'ready') return;
          watch.disconnect();
          done();
        });
        watch.observe(app, { attributes: true, attributeFilter: ['data-state'] });
      }),
    [act, settle] as const,
  );
  await traced(page, `${name}: ${ms.toFixed(0)} ms`, t0);
  return { name, ms };
}

/**
 * Types `text` into the search box at once (one input event, as a paste) and waits inside the page
 * until the result list is drawn; then opens the first result and waits until it is selected, its
 * details read and the next frame drawn.
 */
async function searchAndOpen(page: Page, text: string): Promise<{ listed: number; opened: number }> {
  await settled(page);
  const [listed, t0] = await page.evaluate(
    (typed) =>
      new Promise<[number, number]>((resolve) => {
        const input = document.getElementById('search-input') as HTMLInputElement;
        const list = document.getElementById('search-results')!;
        const t0 = performance.now();
        const watch = new MutationObserver(() => {
          if (list.hidden || !list.querySelector('button')) return;
          watch.disconnect();
          requestAnimationFrame(() => resolve([performance.now() - t0, t0]));
        });
        watch.observe(list, { childList: true, attributes: true });
        input.value = typed;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    text,
  );
  await traced(page, `search listed: ${listed.toFixed(0)} ms`, t0);
  const opened = await control(page, 'open', click('#search-results button'), true);
  return { listed, opened: opened.ms };
}

interface Panning {
  /** Driven by Playwright's mouse: each move is a round trip to the browser. */
  playwright: number;
  /** Driven inside the page: a mouse move every 8 ms, as a real mouse sends them. */
  inPage: number;
  visible: number;
}

/**
 * A point of the stage with no node under it: a drag that starts on a node moves that node
 * instead of panning the picture.
 */
async function emptySpot(page: Page): Promise<{ cx: number; cy: number }> {
  const box = (await page.locator('#graph').boundingBox())!;
  const fractions = [0.5, 0.08, 0.92, 0.3, 0.7, 0.2, 0.8, 0.4, 0.6];
  for (const fy of fractions) {
    for (const fx of fractions) {
      const spot = { cx: box.x + fx * box.width, cy: box.y + fy * box.height };
      await page.mouse.move(spot.cx, spot.cy);
      if (!(await page.getAttribute('#graph', 'data-hovered'))) return spot;
    }
  }
  throw new Error('no empty spot on the stage to start panning from');
}

/** Frames per second while the picture is dragged around in a circle, driven both ways. */
async function pan(page: Page): Promise<Panning> {
  const { cx, cy } = await emptySpot(page);
  // A string, not a function: tsx would name the inner function with a helper the page lacks.
  await page.evaluate(
    'window.benchFrames = 0; window.benchCounting = true; (function tick() { if (!window.benchCounting) return; window.benchFrames++; requestAnimationFrame(tick); })();',
  );
  const started = Date.now();
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  let step = 0;
  while (Date.now() - started < panSeconds * 1000) {
    step++;
    const angle = step / 10;
    await page.mouse.move(cx + 200 * Math.cos(angle), cy + 150 * Math.sin(angle));
  }
  await page.mouse.up();
  const seconds = (Date.now() - started) / 1000;
  const frames = Number(await page.evaluate('window.benchCounting = false; window.benchFrames'));
  await page.waitForTimeout(800);
  // The picture moved (and glides on after the release): look for an empty spot again.
  const spot = await emptySpot(page);
  const inPage = Number(
    await page.evaluate(`new Promise((resolve) => {
      const graph = document.getElementById('graph');
      const cx = ${spot.cx}, cy = ${spot.cy};
      const at = (type, x, y, target) => target.dispatchEvent(new MouseEvent(type, { clientX: x, clientY: y, button: 0, buttons: 1, bubbles: true, cancelable: true }));
      at('mousedown', cx, cy, graph.querySelector('canvas:last-of-type') || graph);
      let frames = 0, step = 0, counting = true;
      (function tick() { if (!counting) return; frames++; requestAnimationFrame(tick); })();
      const t0 = performance.now();
      const mover = setInterval(() => {
        step++;
        const angle = step / 20;
        at('mousemove', cx + 200 * Math.cos(angle), cy + 150 * Math.sin(angle), document);
        if (performance.now() - t0 < ${panSeconds * 1000}) return;
        clearInterval(mover);
        counting = false;
        at('mouseup', cx + 200 * Math.cos(angle), cy + 150 * Math.sin(angle), document);
        resolve(frames / ((performance.now() - t0) / 1000));
      }, 8);
    })`),
  );
  return {
    playwright: frames / seconds,
    inPage,
    visible: Number(await page.getAttribute('#app', 'data-visible-nodes')),
  };
}

const click = (selector: string) => `document.querySelector(${JSON.stringify(selector)}).click()`;
const choose = (selector: string, value: string) =>
  `const s = document.querySelector(${JSON.stringify(selector)}); s.value = ${JSON.stringify(value)}; s.dispatchEvent(new Event('change'));`;

try {
  const cold = await firstPicture();
  await cold.page.close();
  const overviewJson = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        '{ networkOverview(top: 150, communities: 40) { nodeCount communities { id size members(first: 1) { id } } communityTies { from to ties } nodes { community degree betweenness node { id ... on Professional { name } } } edges { type from to } } }',
    }),
  }).then((r) => r.text());

  const someone =
    (
      JSON.parse(overviewJson) as { data: { networkOverview: { nodes: { node: { name?: string } }[] } } }
    ).data.networkOverview.nodes.find((n) => n.node.name)?.node.name ?? 'de';
  const warm = await firstPicture();
  const page = warm.page;
  const controls = [
    await control(page, 'colour by kind', click('input[name=colour][value=label]')),
    await control(page, 'colour by cluster', click('input[name=colour][value=community]')),
    await control(page, 'size by brokerage (server betweenness)', click('input[name=size][value=brokerage]')),
    await control(page, 'size by ties', click('input[name=size][value=degree]')),
    await control(page, 'hide a kind (Insight)', click('#label-filters input[value=Insight]')),
    await control(page, 'show it again', click('#label-filters input[value=Insight]')),
    await control(page, 'open the legend', click('#legend summary')),
  ];
  const panOverview = await pan(page);

  // Open the five largest clusters one after the other, as an analyst zooming in would.
  const opened: { name: string; ms: number }[] = [];
  for (let c = 1; c <= 5; c++) {
    // The cluster is selected with a click on its dot (where the page says it is drawn), then
    // opened with the stage button.
    const graph = (await page.locator('#graph').boundingBox())!;
    let dot: { id: string; x: number; cx: number; cy: number } | undefined;
    // The camera went to the cluster opened before: zoom out (mouse wheel) until this one is in view.
    for (let zoom = 0; !dot && zoom < 8; zoom++) {
      // The pointer rests where no node is: a hovered node would take the labels for its ties.
      await emptySpot(page);
      if (zoom > 0) await page.mouse.wheel(0, 400);
      await page.waitForTimeout(700);
      const boxes = JSON.parse((await page.getAttribute('#graph', 'data-label-boxes')) ?? '[]') as {
        id: string;
        x: number;
        cx: number;
        cy: number;
      }[];
      dot = boxes.find((b) => b.id === `cluster:${c}`);
    }
    if (!dot) throw new Error(`cluster ${c} is not labelled, so the bench cannot find it`);
    // Top people are drawn inside their cluster's dot: point at a part of it that they leave free.
    const radius = dot.x - dot.cx - 3;
    let spot: { x: number; y: number } | undefined;
    for (let dy = -radius; !spot && dy <= radius; dy += 6) {
      for (let dx = -radius; !spot && dx <= radius; dx += 6) {
        if (dx * dx + dy * dy > radius * radius) continue;
        const point = { x: graph.x + dot.cx + dx, y: graph.y + dot.cy + dy };
        await page.mouse.move(point.x, point.y);
        if ((await page.getAttribute('#graph', 'data-hovered')) === `cluster:${c}`) spot = point;
      }
    }
    if (!spot) throw new Error(`no free part of cluster ${c}'s dot to click on`);
    await page.mouse.click(spot.x, spot.y);
    const selected = await page.getAttribute('#app', 'data-selected');
    if (selected !== `cluster:${c}`) throw new Error(`a click on cluster ${c} selected "${selected}"`);
    opened.push(
      await control(page, `open cluster ${c} (server round trip)`, click('#expand-selected'), true),
    );
  }
  await page.waitForTimeout(700);
  const panExpanded = await pan(page);
  const search = await searchAndOpen(page, someone);
  const expand = await control(
    page,
    'load neighbours of the search result (server round trip)',
    click('#expand-selected'),
    true,
  );
  const alliance = await page.locator('#filter-alliance option').nth(1).getAttribute('value');
  const filter = await control(
    page,
    'filter by an alliance (server round trip)',
    choose('#filter-alliance', alliance ?? ''),
    true,
  );
  const clear = await control(page, 'clear filters', click('#clear-filters'));

  const asset = await fetch(`${origin}/explorer/explorer.js`, { headers: { 'accept-encoding': 'br, gzip' } });
  const assetBytes = (await asset.arrayBuffer()).byteLength;
  const nodeCount = (JSON.parse(overviewJson) as { data: { networkOverview: { nodeCount: number } } }).data
    .networkOverview.nodeCount;
  const date = new Date().toISOString().slice(0, 10);
  const row = (name: string, value: string, target: string, met: boolean) =>
    `| ${name} | ${value} | ${target} | ${met ? 'met' : '**missed**'} |`;
  const lines = [
    `# Explorer at ${dataset.professionals} professionals (${date})`,
    '',
    `\`npm run bench:explorer -- --professionals ${wanted}\` on this machine: ${nodeCount} nodes in the network (Regions left out),`,
    'headless Debian Chromium with software WebGL (--disable-gpu), 1440×900, service in its own process.',
    '',
    '| Measure | Value | Target | |',
    '|---|---|---|---|',
    row(
      'first picture, cold (first visit after the start, empty browser cache)',
      `${(cold.ms / 1000).toFixed(2)} s`,
      '3 s',
      cold.ms <= 3000,
    ),
    row('first picture, warm (a second visit)', `${(warm.ms / 1000).toFixed(2)} s`, '3 s', warm.ms <= 3000),
    ...controls.map((c) => row(c.name, `${c.ms.toFixed(0)} ms`, '200 ms', c.ms <= 200)),
    ...[...opened, expand, filter].map((c) => row(c.name, `${c.ms.toFixed(0)} ms`, '200 ms', c.ms <= 200)),
    row(
      'search: results listed (typed at once)',
      `${search.listed.toFixed(0)} ms`,
      '200 ms',
      search.listed <= 200,
    ),
    row(
      'search: open a result (details read)',
      `${search.opened.toFixed(0)} ms`,
      '200 ms',
      search.opened <= 200,
    ),
    row(clear.name, `${clear.ms.toFixed(0)} ms`, '200 ms', clear.ms <= 200),
    ...(
      [
        [`panning the overview (${panOverview.visible} nodes)`, panOverview],
        [`panning after opening clusters (${panExpanded.visible} nodes)`, panExpanded],
      ] as const
    ).flatMap(([name, p]) => [
      row(`${name}, Playwright mouse`, `${p.playwright.toFixed(1)} fps`, '30 fps', p.playwright >= 30),
      row(`${name}, mouse events in the page`, `${p.inPage.toFixed(1)} fps`, '30 fps', p.inPage >= 30),
    ]),
    '',
    `First page load: ${warm.requests} GraphQL requests, ${(warm.bytes / 1024).toFixed(0)} kB of JSON as received by the page`,
    `(overview answer ${(overviewJson.length / 1024).toFixed(0)} kB, ${(gzipSync(overviewJson).length / 1024).toFixed(0)} kB gzipped);`,
    `explorer.js ${(assetBytes / 1024).toFixed(0)} kB decoded, served with Content-Encoding: ${asset.headers.get('content-encoding') ?? 'none'} (see npm run build:web for the compressed size).`,
    `Control times are measured inside the page (performance.now): from the input to the next frame after the page's handlers;`,
    '"server round trip" ones and search until the page is ready again (every request of the control answered) and has drawn the next frame.',
    "Panning is measured twice: with Playwright's mouse (every move a round trip to the browser, which itself limits the rate)",
    'and with mouse events dispatched inside the page every 8 ms; frames are counted with requestAnimationFrame.',
  ];
  mkdirSync(join(projectRoot(), 'bench', 'results'), { recursive: true });
  const file = join(projectRoot(), 'bench', 'results', `explorer-${date}.md`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  process.stdout.write(`${lines.join('\n')}\n\nwritten to ${file}\n`);
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
  child.kill('SIGTERM');
}
