import { readArgs, wholeNumber } from './args.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { Replica } from '../ops/cluster.js';
import { join } from 'node:path';
import { countProfessionals, generate } from '../bench/dataset.js';
import { percentile } from '../bench/stats.js';
import { loadConfig } from '../config.js';
import { projectRoot } from '../util/project-root.js';
import { withServices } from './with-services.js';

/**
 * npm run load:fair -- [--seconds 20] [--attackers 16] [--professionals 5000]: shows that one
 * client cannot starve another. A "victim" client reads simple things one after the other, first
 * alone (quiet), then while an "attacker" client, from another address, sends the heaviest
 * anonymous requests the limits allow on as many connections as it likes. The two clients come
 * from different loopback addresses (127.0.0.2 and 127.0.0.3), as two machines would. The service
 * runs in a process of its own (src/main.ts), so that the load generator does not share its event
 * loop. The attacker ignores Retry-After and sends again at once. With --lift-rate-limit the
 * request-rate limit is lifted, so that only the cost model and the bulkhead stand between the two.
 * Results: bench/results/fair-share-<date>[-lifted].md (and .json).
 */
const USAGE = `usage: npm run load:fair -- [--seconds 20] [--attackers 16] [--professionals 5000] [--victim-rate 5] [--lift-rate-limit]
Shows that one client cannot starve another: a victim client (127.0.0.3) reads simple things, first
alone, then while an attacker (127.0.0.2) sends the heaviest requests the limits allow and ignores
Retry-After. Needs NEO4J_URI of a database it may fill (it generates the graph when it holds fewer
professionals). Results: bench/results/fair-share-<date>[-lifted].md and .json.
  --seconds N         length of each phase (default 20)
  --attackers N       the attacker's connections (default 16)
  --professionals N   size of the generated graph (default 5000)
  --victim-rate N     the victim's requests per second (default 5)
  --lift-rate-limit   lift the request-rate limit: only the cost model and the bulkhead remain`;

const { values } = readArgs(USAGE, {
  options: {
    seconds: { type: 'string', default: '20' },
    attackers: { type: 'string', default: '16' },
    professionals: { type: 'string', default: '5000' },
    'lift-rate-limit': { type: 'boolean', default: false },
    'victim-rate': { type: 'string', default: '5' },
  },
});
const lifted = values['lift-rate-limit'];
const seconds = wholeNumber(USAGE, 'seconds', values.seconds, 1);
const attackers = wholeNumber(USAGE, 'attackers', values.attackers, 1);
const wanted = wholeNumber(USAGE, 'professionals', values.professionals, 10);
const victimRate = wholeNumber(USAGE, 'victim-rate', values['victim-rate'], 1);

const config = loadConfig();
const have = await withServices(async (services) => {
  const count = await countProfessionals(services);
  if (count < wanted) {
    process.stderr.write(`generating a graph of ${wanted} professionals…\n`);
    await generate(services, wanted, (line) => process.stderr.write(`\r${line}`));
    process.stderr.write('\n');
  }
  return count;
});

const server = await Replica.start({
  name: 'fair-share',
  env: lifted ? { RATE_LIMIT_PER_MINUTE: '100000000' } : {},
});

interface Outcome {
  ms: number;
  status: number;
  errors: string[];
}

function post(agent: Agent, body: unknown): Promise<Outcome> {
  const payload = JSON.stringify(body);
  const url = new URL(`${server.url}/graphql`);
  const started = performance.now();
  return new Promise((resolve) => {
    const req = httpRequest(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let errors: string[];
          try {
            const parsed = JSON.parse(text) as unknown;
            const results = Array.isArray(parsed) ? parsed : [parsed];
            errors = results.flatMap(
              (r: { errors?: { extensions?: { code?: string } }[] }) =>
                r.errors?.map((e) => String(e.extensions?.code)) ?? [],
            );
          } catch {
            errors = ['UNPARSEABLE'];
          }
          resolve({ ms: performance.now() - started, status: res.statusCode ?? 0, errors });
        });
      },
    );
    req.on('error', (e) => resolve({ ms: performance.now() - started, status: 0, errors: [e.message] }));
    req.end(payload);
  });
}

const agentFor = (localAddress: string) => new Agent({ keepAlive: true, localAddress, maxSockets: 64 });

/** Sends one request after the other; with `perSecond`, paced as an ordinary client is. */
async function loop(
  agent: Agent,
  next: () => unknown,
  until: number,
  out: Outcome[],
  perSecond = 0,
): Promise<void> {
  const gap = perSecond > 0 ? 1000 / perSecond : 0;
  while (performance.now() < until) {
    const started = performance.now();
    out.push(await post(agent, next()));
    const rest = gap - (performance.now() - started);
    if (rest > 0) await sleep(rest);
  }
}

function summary(outcomes: Outcome[]) {
  const ok = outcomes.filter((o) => o.status === 200 && o.errors.length === 0);
  const sorted = ok.map((o) => o.ms).sort((a, b) => a - b);
  const byStatus: Record<string, number> = {};
  for (const o of outcomes) {
    const key = o.errors.length ? `${o.status} ${[...new Set(o.errors)].join('+')}` : String(o.status);
    byStatus[key] = (byStatus[key] ?? 0) + 1;
  }
  return {
    requests: outcomes.length,
    ok: ok.length,
    failed: outcomes.length - ok.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1) ?? 0,
    byStatus,
  };
}

try {
  const victim = agentFor('127.0.0.3');
  const attacker = agentFor('127.0.0.2');
  // The best-connected public people (the largest neighbourhoods to walk) and some themes.
  const top = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        '{ professionals(first: 5, orderBy: { field: KNOWS_COUNT, direction: DESC }) { edges { node { id } } } themes(first: 3) { edges { node { id name } } } }',
    }),
  }).then(
    (r) =>
      r.json() as Promise<{
        data: {
          professionals: { edges: { node: { id: string } }[] };
          themes: { edges: { node: { id: string; name: string } }[] };
        };
      }>,
  );
  const hubs = top.data.professionals.edges.map((e) => e.node.id);
  const themes = top.data.themes.edges.map((e) => e.node);

  // Simple reads: one person, a short list, a theme with its counts.
  let v = 0;
  const simple = () => {
    v += 1;
    const shapes = [
      {
        query: 'query($id: ID!) { professional(id: $id) { name headline } }',
        variables: { id: hubs[v % hubs.length] },
      },
      { query: '{ alliances(first: 10) { edges { node { id name } } } }' },
      {
        query: 'query($id: ID!) { theme(id: $id) { name } }',
        variables: { id: themes[v % themes.length]!.id },
      },
    ];
    return shapes[v % shapes.length];
  };
  // The heaviest anonymous requests within the cost budget, in turn.
  let a = 0;
  const heavy = () => {
    a += 1;
    const hubId = hubs[a % hubs.length];
    const topic = themes[a % themes.length]!.name;
    const shapes: unknown[] = [
      { query: `{ n: neighborhood(id: "${hubId}", depth: 3, limit: 666) { nodes { id } edges { type } } }` },
      { query: '{ a: networkStats { density communities { id } } b: networkStats { modularity } }' },
      Array.from({ length: 10 }, (_, i) => ({
        query: `{ whoKnows(topic: "${topic}", first: 10) { score professional { name } reasons { text } } }`,
        variables: { i },
      })),
      {
        query: `{ ${Array.from({ length: 10 }, (_, i) => `s${i}: search(text: "${topic} ${i}", first: 50) { score node { id } }`).join(' ')} }`,
      },
    ];
    return shapes[a % shapes.length];
  };

  // Warm up both paths (plans, caches) before measuring.
  const warm: Outcome[] = [];
  await loop(victim, simple, performance.now() + 3_000, warm);
  await Promise.all(Array.from({ length: 4 }, () => loop(attacker, heavy, performance.now() + 3_000, warm)));

  const quiet: Outcome[] = [];
  await loop(victim, simple, performance.now() + seconds * 1000, quiet, victimRate);

  const loaded: Outcome[] = [];
  const attack: Outcome[] = [];
  const until = performance.now() + seconds * 1000;
  await Promise.all([
    loop(victim, simple, until, loaded, victimRate),
    ...Array.from({ length: attackers }, () => loop(attacker, heavy, until, attack)),
  ]);

  const result = {
    date: new Date().toISOString(),
    professionals: Math.max(have, wanted),
    seconds,
    attackerConnections: attackers,
    limits: {
      costLimit: config.costLimit,
      bulkhead: config.bulkhead,
      pool: config.neo4j.maxPoolSize,
      rateLimitPerMinute: lifted ? null : config.rateLimitPerMinute,
    },
    quiet: summary(quiet),
    loaded: summary(loaded),
    attacker: summary(attack),
  };
  const ratio = result.loaded.p95 / result.quiet.p95;
  const lines = [
    `# Fair share: simple reads while another client sends the heaviest allowed requests`,
    '',
    `${result.date}, ${result.professionals} professionals, ${seconds} s per phase; the victim sends ${victimRate} simple reads per second, the attacker as fast as it can on ${attackers} connections.`,
    `Limits: cost ${config.costLimit} per anonymous request; per client ${config.bulkhead.clientOperations} operations and ${config.bulkhead.clientSessions} Neo4j sessions at once (queue ${config.bulkhead.queueMs} ms); pool ${config.neo4j.maxPoolSize}; ${lifted ? 'request-rate limit lifted for the run' : `request-rate limit ${config.rateLimitPerMinute} per minute per client`}. The attacker ignores Retry-After.`,
    '',
    '| client | requests | failed | p50 ms | p95 ms | max ms | answers |',
    '|---|---:|---:|---:|---:|---:|---|',
    ...(
      [
        ['victim, quiet', result.quiet],
        ['victim, under attack', result.loaded],
        ['attacker', result.attacker],
      ] as const
    ).map(
      ([name, s]) =>
        `| ${name} | ${s.requests} | ${s.failed} | ${s.p50.toFixed(1)} | ${s.p95.toFixed(1)} | ${s.max.toFixed(1)} | ${Object.entries(
          s.byStatus,
        )
          .map(([k, n]) => `${k}: ${n}`)
          .join(', ')} |`,
    ),
    '',
    `Victim p95 under attack / quiet: **${ratio.toFixed(2)}×** (target below 10×), victim errors: **${result.loaded.failed}** (target 0).`,
    '',
  ];
  const dir = join(projectRoot(), 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const base = join(dir, `fair-share-${result.date.slice(0, 10)}${lifted ? '-lifted' : ''}`);
  writeFileSync(`${base}.json`, `${JSON.stringify({ ...result, ratio }, null, 2)}\n`);
  writeFileSync(`${base}.md`, lines.join('\n'));
  process.stdout.write(`${lines.join('\n')}\nwritten to ${base}.md\n`);
  victim.destroy();
  attacker.destroy();
} finally {
  await server.stop();
}
