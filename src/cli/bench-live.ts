import { readArgs, wholeNumber } from './args.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { mintToken } from '../auth/tokens.js';
import { percentile } from '../bench/stats.js';
import { loadConfig } from '../config.js';
import { Replica } from '../ops/cluster.js';
import { projectRoot } from '../util/project-root.js';

/**
 * npm run bench:live -- [--subscribers 1000] [--events 40] [--interval 100]: live events on one
 * replica. Opens that many anonymous subscriptions (`insightAdded`, GraphQL over SSE), then
 * writes insights one after the other through the same replica, and measures how many events
 * per second reach the subscribers and how long each took from the insight's creation to its
 * arrival (same machine, same clock). The service runs in a process of its own (src/main.ts)
 * over the configured Neo4j. Results: bench/results/live-<date>.md (and .json).
 */
const USAGE = `usage: npm run bench:live -- [--subscribers 1000] [--events 40] [--interval 100]
Live events on one replica: opens that many anonymous insightAdded subscriptions (GraphQL over SSE),
writes insights one after the other and measures events per second delivered and the delivery
time of each. Uses NEO4J_URI (else the local Neo4j). Results: bench/results/live-<date>.md and .json.
  --subscribers N     open subscriptions (default 1000)
  --events N          insights written (default 40)
  --interval MS       pause between two writes (default 100)`;

const { values } = readArgs(USAGE, {
  options: {
    subscribers: { type: 'string', default: '1000' },
    events: { type: 'string', default: '40' },
    interval: { type: 'string', default: '100' },
  },
});
const subscribers = wholeNumber(USAGE, 'subscribers', values.subscribers, 1);
const events = wholeNumber(USAGE, 'events', values.events, 1);
const interval = wholeNumber(USAGE, 'interval', values.interval, 0);

const config = loadConfig();
const token = await mintToken(config.auth, { sub: 'live-bench', role: 'admin' });
const replica = await Replica.start({ name: 'live-bench', env: { RATE_LIMIT_PER_MINUTE: '100000000' } });
const agent = new Agent({ keepAlive: false, maxSockets: Infinity });

interface Arrival {
  id: string;
  ms: number;
}
const arrivals: Arrival[] = [];
const streams: { close(): void }[] = [];

/** Opens one subscription; resolves once the stream answered. */
function subscribe(): Promise<void> {
  const url = new URL(`${replica.url}/graphql`);
  const body = JSON.stringify({ query: 'subscription { insightAdded { id createdAt } }' });
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'text/event-stream',
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        if (res.statusCode !== 200) return reject(new Error(`subscription answered ${res.statusCode}`));
        let buffer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffer += chunk;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const data = block.split('\n').find((line) => line.startsWith('data:'));
            if (!data || data.length < 7) continue;
            const event = JSON.parse(data.slice(5)) as {
              data?: { insightAdded: { id: string; createdAt: string } };
            };
            const insight = event.data?.insightAdded;
            if (insight) arrivals.push({ id: insight.id, ms: Date.now() - Date.parse(insight.createdAt) });
          }
        });
        streams.push({ close: () => req.destroy() });
        resolve();
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function graphql(query: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${replica.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

const created: string[] = [];
try {
  for (let i = 0; i < subscribers; i += 100) {
    await Promise.all(Array.from({ length: Math.min(100, subscribers - i) }, () => subscribe()));
  }
  await sleep(1_000);
  const started = Date.now();
  for (let i = 0; i < events; i++) {
    const data = await graphql(
      `mutation { createInsight(input: { text: "Meting van live gebeurtenissen ${i}", kind: LESSON }) { id } }`,
    );
    created.push((data.createInsight as { id: string }).id);
    await sleep(interval);
  }
  const expected = subscribers * events;
  const deadline = Date.now() + 30_000;
  while (arrivals.length < expected && Date.now() < deadline) await sleep(100);
  const elapsed = (Date.now() - started) / 1000;
  const latencies = arrivals.map((a) => a.ms).sort((a, b) => a - b);
  const result = {
    date: new Date().toISOString(),
    subscribers,
    events,
    intervalMs: interval,
    expected,
    delivered: arrivals.length,
    deliveredPerSecond: Math.round(arrivals.length / elapsed),
    latencyMs: { p50: percentile(latencies, 50), p95: percentile(latencies, 95), max: latencies.at(-1) ?? 0 },
  };
  const lines = [
    '# Live events: one replica, many subscribers',
    '',
    `${result.date}: ${subscribers} anonymous insightAdded subscriptions over SSE on one replica; ${events} insights written through it, one every ${interval} ms (plus the write itself).`,
    '',
    '| subscribers | events | deliveries expected | delivered | delivered per s | delivery p50 ms | p95 ms | max ms |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
    `| ${subscribers} | ${events} | ${expected} | ${result.delivered} | ${result.deliveredPerSecond} | ${result.latencyMs.p50.toFixed(0)} | ${result.latencyMs.p95.toFixed(0)} | ${result.latencyMs.max.toFixed(0)} |`,
    '',
    "Delivery time runs from the insight's creation in Neo4j to its arrival at the subscriber. Each event is read once per visibility for all subscribers (src/live/service.ts).",
    '',
  ];
  const dir = join(projectRoot(), 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const base = join(dir, `live-${result.date.slice(0, 10)}`);
  writeFileSync(`${base}.json`, `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(`${base}.md`, lines.join('\n'));
  process.stdout.write(`${lines.join('\n')}\nwritten to ${base}.md\n`);
} finally {
  for (const stream of streams) stream.close();
  for (const id of created) {
    await graphql(`mutation { deleteInsight(input: { id: "${id}" }) { id } }`).catch(() => undefined);
  }
  await replica.stop();
}
