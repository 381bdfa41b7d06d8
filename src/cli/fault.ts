import { readArgs, wholeNumber } from './args.js';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { asOneClient } from './one-client.js';
import { loadConfig } from '../config.js';
import { startLocalServer } from '../ops/local-server.js';
import { projectRoot } from '../util/project-root.js';

/**
 * npm run fault -- [--seconds 30] [--writers 8]: writes insights under load while the project's
 * own Neo4j (a separate "fault" instance on port 7741, emptied first) is killed with SIGKILL and
 * started again; then compares every acknowledged write with what is stored. Also records how
 * /readyz and requests behave during the outage and how long recovery takes, without a restart
 * of the service.
 */
const USAGE = `usage: npm run fault -- [--seconds 30] [--writers 8]
Writes insights under load while a separate local Neo4j (instance "fault", port 7741, emptied first)
is killed with SIGKILL and started again, then checks that every acknowledged write is stored and
how /readyz and requests behaved during the outage.
  --seconds N         how long the write load runs (default 30)
  --writers N         concurrent writers (default 8)`;

const { values } = readArgs(USAGE, {
  options: { seconds: { type: 'string', default: '30' }, writers: { type: 'string', default: '8' } },
});
const seconds = wholeNumber(USAGE, 'seconds', values.seconds, 5);
const writerCount = wholeNumber(USAGE, 'writers', values.writers, 1);
const root = projectRoot();
const PORT = '7741';
const db = (command: string) => {
  const result = spawnSync('bash', [join(root, 'tools/neo4j/db.sh'), command, 'fault', PORT], {
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`db.sh ${command} failed`);
};

db('stop');
rmSync(join(root, '.neo4j', 'fault'), { recursive: true, force: true });
db('start');
const config = asOneClient({
  ...loadConfig(),
  neo4j: { ...loadConfig().neo4j, uri: `bolt://127.0.0.1:${PORT}` },
});
const server = await startLocalServer(config);
const run = Date.now().toString(36);
const acknowledged: string[] = [];
const failures = new Map<string, number>();
const timeline: { atMs: number; event: string }[] = [];
const started = Date.now();
const mark = (event: string) => timeline.push({ atMs: Date.now() - started, event });
let firstSuccessAfterRestart: number | null = null;
let restartedAt: number | null = null;
let counter = 0;

async function write(): Promise<void> {
  const id = `fault-${run}-${++counter}`;
  try {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.adminToken}` },
      body: JSON.stringify({
        query: 'mutation($i: CreateInsightInput!) { createInsight(input: $i) { id } }',
        variables: { i: { id, text: 'Storingstest: een vastgelegde les.', kind: 'LESSON' } },
      }),
    });
    const body = (await response.json()) as {
      data?: { createInsight?: { id: string } };
      errors?: { extensions?: { code?: string } }[];
    };
    if (body.data?.createInsight?.id === id) {
      acknowledged.push(id);
      if (restartedAt !== null && firstSuccessAfterRestart === null)
        firstSuccessAfterRestart = Date.now() - restartedAt;
    } else {
      const code = body.errors?.[0]?.extensions?.code ?? `HTTP ${response.status}`;
      failures.set(code, (failures.get(code) ?? 0) + 1);
    }
  } catch {
    failures.set('NETWORK', (failures.get('NETWORK') ?? 0) + 1);
  }
}

let stopped = false;
async function writer(): Promise<void> {
  while (!stopped) await write();
}

const readyz = async () => (await fetch(`${server.url}/readyz`)).status;
const writers = Array.from({ length: writerCount }, () => writer());
const outage = (async () => {
  await new Promise((r) => setTimeout(r, (seconds * 1000) / 3));
  mark('neo4j killed (SIGKILL)');
  db('kill');
  await new Promise((r) => setTimeout(r, 1500));
  mark(`readyz during outage: ${await readyz()}`);
  await new Promise((r) => setTimeout(r, (seconds * 1000) / 6));
  mark('neo4j starting');
  db('start');
  restartedAt = Date.now();
  mark('neo4j ready');
  mark(`readyz after restart: ${await readyz()}`);
  // Keep writing for the last third of the run after Neo4j is back.
  await new Promise((r) => setTimeout(r, (seconds * 1000) / 3));
  stopped = true;
  mark('load stopped');
})();
await Promise.all([...writers, outage]);

const stored = new Set<string>();
for (let i = 0; i < acknowledged.length; i += 1000) {
  const found = await server.services.entities.getByIds(acknowledged.slice(i, i + 1000));
  for (const id of found.keys()) stored.add(id);
}
const lost = acknowledged.filter((id) => !stored.has(id));
const report = {
  date: new Date().toISOString(),
  seconds,
  writers: writerCount,
  attempted: counter,
  acknowledged: acknowledged.length,
  failed: Object.fromEntries(failures),
  lost: lost.length,
  lostIds: lost.slice(0, 20),
  recoveryMsAfterNeo4jReady: firstSuccessAfterRestart,
  timeline,
};
await server.close();
db('stop');
const dir = join(root, 'bench', 'results');
mkdirSync(dir, { recursive: true });
const file = join(dir, `fault-${report.date.slice(0, 10)}.json`);
writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(`${JSON.stringify(report, null, 2)}\nwritten to ${file}\n`);
process.exitCode = lost.length === 0 ? 0 : 1;
