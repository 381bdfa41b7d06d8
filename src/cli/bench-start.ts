import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countProfessionals, generate } from '../bench/dataset.js';
import { sampleProfessionals } from '../bench/operations.js';
import { median } from '../bench/stats.js';
import { Replica } from '../ops/cluster.js';
import { projectRoot } from '../util/project-root.js';
import { readArgs, wholeNumber } from './args.js';
import { withServices } from './with-services.js';

const USAGE = `usage: npm run bench:start -- [--professionals 5000] [--concurrency 6] [--repeat 15]
The first requests after a start against the same requests later. Twice, without the warm-up
(WARM_UP_MS=0) and with it, side by side in one run: a local Neo4j of its own (instance
"startbench", port 7746) is restarted (cold plans and page cache), the service starts in a process
of its own, and as soon as /readyz answers 200 every operation of a client-like set is sent
--concurrency times at once; then the same burst is sent --repeat times more for its steady median. Target: no request after ready takes more than 5x its steady median. The graph is
generated once (--professionals). Results: bench/results/start-<date>.md and .json.
  --professionals N   people in the generated graph (default 5000)
  --concurrency N     copies of each first request sent at once (default 6)
  --repeat N          steady bursts of each operation (default 15)`;

const { values } = readArgs(USAGE, {
  options: {
    professionals: { type: 'string', default: '5000' },
    concurrency: { type: 'string', default: '6' },
    repeat: { type: 'string', default: '15' },
  },
});
const wanted = wholeNumber(USAGE, 'professionals', values.professionals, 10);
const concurrency = wholeNumber(USAGE, 'concurrency', values.concurrency, 1);
const repeat = wholeNumber(USAGE, 'repeat', values.repeat, 3);

const root = projectRoot();
const INSTANCE = 'startbench';
const PORT = '7746';
const NEO4J_URI = `bolt://127.0.0.1:${PORT}`;
const db = (command: string) => {
  const result = spawnSync('bash', [join(root, 'tools/neo4j/db.sh'), command, INSTANCE, PORT], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NEO4J_LOCAL_HEAP: '2g', NEO4J_LOCAL_PAGECACHE_MB: '1024' },
  });
  if (result.status !== 0) throw new Error(`db.sh ${command} failed`);
};

db('start');
process.env.NEO4J_URI = NEO4J_URI;
const professionals = await withServices(
  async (services) => {
    if ((await countProfessionals(services)) < wanted) {
      process.stderr.write(`generating a graph of ${wanted} professionals…\n`);
      await generate(services, wanted, (line) => process.stderr.write(`\r${line}`));
      process.stderr.write('\n');
    }
    return countProfessionals(services);
  },
  { logLevel: 'warn' },
);

interface Operation {
  readonly name: string;
  readonly query: string;
  readonly variables?: Record<string, unknown>;
}
const [person, other] = sampleProfessionals(professionals, 7).slice(3);
/** What clients ask: lists with relationship lists, the brain's questions, the explorer's reads. */
const OPERATIONS: readonly Operation[] = [
  {
    name: 'alliances with relationship lists',
    query:
      '{ alliances(first: 20) { edges { node { id name members { role professional { id name } } themes { name } insights { id text } bottlenecks { id title } } } } }',
  },
  {
    name: 'professionals, nested',
    query:
      '{ professionals(first: 20) { edges { node { id name memberships { role alliance { name themes { name } } } expertise { theme { name } } } } } }',
  },
  {
    name: 'one alliance, its lists',
    query:
      'query($id: ID!) { alliance(id: $id) { name members { role professional { name } } insights { text author { name } } bottlenecks { title status } initiatives { name } } }',
    variables: { id: 'alliance-00001' },
  },
  {
    name: 'professional(id)',
    query: 'query($id: ID!) { professional(id: $id) { id name headline } }',
    variables: { id: person },
  },
  {
    name: 'search',
    query: 'query($t: String!) { search(text: $t, first: 10) { score node { __typename id } } }',
    variables: { t: 'armoede' },
  },
  {
    name: 'whoKnows',
    query:
      'query($t: String!) { whoKnows(topic: $t, first: 10) { score professional { id name } reasons { text } } }',
    variables: { t: 'eenzaamheid' },
  },
  {
    name: 'suggestedConnections',
    query:
      'query($id: ID!) { suggestedConnections(professionalId: $id, first: 10) { score professional { id name } reasons { text } } }',
    variables: { id: person },
  },
  {
    name: 'ask',
    query:
      'query($q: String!) { ask(text: $q, first: 10) { people { professional { name } reasons { text } } practices { practice { title } } insights { insight { text } } } }',
    variables: { q: 'Wie weet hoe we jongeren in de wijk bereiken bij schulden?' },
  },
  {
    name: 'practicesForBottleneck',
    query:
      'query($id: ID!) { practicesForBottleneck(bottleneckId: $id, first: 10) { score practice { title } } }',
    variables: { id: 'bottleneck-00002' },
  },
  {
    name: 'alliancesSharingBottlenecks',
    query:
      'query($id: ID!) { alliancesSharingBottlenecks(allianceId: $id, first: 10) { alliance { name } } }',
    variables: { id: 'alliance-00002' },
  },
  {
    name: 'introductionPath',
    query: 'query($a: ID!, $b: ID!) { introductionPath(fromId: $a, toId: $b) { length nodes { id } } }',
    variables: { a: person, b: other },
  },
  {
    name: 'neighborhood (depth 2)',
    query: 'query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { nodes { id } edges { type } } }',
    variables: { id: 'alliance-00003' },
  },
  {
    name: 'networkOverview',
    query: '{ networkOverview(top: 150) { nodeCount communities { id size } nodes { node { id } degree } } }',
  },
  {
    name: 'insights of a theme',
    query:
      'query($id: ID!) { theme(id: $id) { name insights { text author { name } } practices { title } experts { level professional { name } } } }',
    variables: { id: 'theme-00004' },
  },
];

interface Timing {
  readonly ms: number;
  readonly ok: boolean;
}

async function send(url: string, operation: Operation): Promise<Timing> {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: operation.query, variables: operation.variables ?? {} }),
  });
  const json = (await response.json()) as { errors?: { message: string }[] };
  const ms = performance.now() - started;
  if (json.errors?.length) process.stderr.write(`${operation.name}: ${json.errors[0]!.message}\n`);
  return { ms, ok: response.ok && !json.errors?.length };
}

interface Row {
  readonly operation: string;
  readonly firstMs: number;
  readonly steadyMedianMs: number;
  readonly ratio: number;
  readonly errors: number;
}

async function measure(warm: boolean): Promise<{ readyMs: number; rows: Row[] }> {
  db('stop');
  db('start');
  const started = performance.now();
  const replica = await Replica.start({
    name: warm ? 'warm' : 'cold',
    readyTimeoutMs: 600_000,
    env: {
      NEO4J_URI,
      NODE_ENV: 'production',
      AUTH_JWT_SECRET: 'start-bench-secret-start-bench-secret-0123',
      WARM_UP_MS: warm ? '120000' : '0',
      SEED_DEMO_DATA: 'false',
      RATE_LIMIT_PER_MINUTE: '100000000',
      CLIENT_MAX_OPERATIONS: '100000',
      CLIENT_MAX_SESSIONS: '100000',
      COST_LIMIT: '1000000',
    },
  });
  const readyMs = performance.now() - started;
  try {
    const first: Timing[][] = [];
    for (const operation of OPERATIONS) {
      first.push(await Promise.all(Array.from({ length: concurrency }, () => send(replica.url, operation))));
    }
    const rows: Row[] = [];
    for (const [i, operation] of OPERATIONS.entries()) {
      // Steady: the same burst of copies at once, again and again, after a few to settle.
      const burst = () =>
        Promise.all(Array.from({ length: concurrency }, () => send(replica.url, operation)));
      for (let k = 0; k < 3; k++) await burst();
      const steady: number[] = [];
      for (let k = 0; k < repeat; k++) steady.push(...(await burst()).map((t) => t.ms));
      const firstMs = Math.max(...first[i]!.map((t) => t.ms));
      const steadyMedianMs = median(steady);
      rows.push({
        operation: operation.name,
        firstMs,
        steadyMedianMs,
        ratio: firstMs / steadyMedianMs,
        errors: first[i]!.filter((t) => !t.ok).length,
      });
    }
    return { readyMs, rows };
  } finally {
    await replica.stop();
  }
}

const cold = await measure(false);
const warm = await measure(true);
db('stop');

const f = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
const lines = [
  `# First requests after a start (${new Date().toISOString().slice(0, 10)})`,
  '',
  `\`npm run bench:start -- --professionals ${wanted} --concurrency ${concurrency} --repeat ${repeat}\`: ${professionals} professionals;`,
  'Neo4j restarted before each start (cold plans and page cache); the service in its own process; each',
  `operation sent ${concurrency}× at once right after /readyz turned 200 ("first": the slowest of them),`,
  `then the same burst ${repeat}× more ("steady": the median of all their requests). Target: first ≤ 5× steady.`,
  '',
  `Start to ready: without warm-up ${(cold.readyMs / 1000).toFixed(1)} s, with warm-up ${(warm.readyMs / 1000).toFixed(1)} s.`,
  '',
  '| operation | first, no warm-up (ms) | steady (ms) | ratio | first, warm-up (ms) | steady (ms) | ratio | |',
  '|---|---|---|---|---|---|---|---|',
  ...cold.rows.map((c, i) => {
    const w = warm.rows[i]!;
    return `| ${c.operation} | ${f(c.firstMs)} | ${f(c.steadyMedianMs)} | ${c.ratio.toFixed(1)}× | ${f(w.firstMs)} | ${f(w.steadyMedianMs)} | ${w.ratio.toFixed(1)}× | ${w.ratio <= 5 ? 'met' : '**missed**'} |`;
  }),
  '',
  `Worst ratio: without warm-up ${Math.max(...cold.rows.map((r) => r.ratio)).toFixed(1)}×, with warm-up ${Math.max(...warm.rows.map((r) => r.ratio)).toFixed(1)}×.`,
  `Errors among the first requests: ${cold.rows.reduce((s, r) => s + r.errors, 0)} and ${warm.rows.reduce((s, r) => s + r.errors, 0)}.`,
];
const dir = join(root, 'bench', 'results');
mkdirSync(dir, { recursive: true });
const file = join(dir, `start-${new Date().toISOString().slice(0, 10)}`);
writeFileSync(`${file}.md`, `${lines.join('\n')}\n`);
writeFileSync(
  `${file}.json`,
  `${JSON.stringify({ professionals, concurrency, repeat, cold, warm }, null, 2)}\n`,
);
process.stdout.write(`${lines.join('\n')}\nwritten to ${file}.md\n`);
