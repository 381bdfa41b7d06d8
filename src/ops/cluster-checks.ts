import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { issueApiKey, revokeApiKey } from '../auth/api-keys.js';
import { mintToken } from '../auth/tokens.js';
import { connect } from '../bootstrap.js';
import { loadConfig, type Config } from '../config.js';
import { createLogger } from '../logger.js';
import { closeRedisConnections } from '../shared-state/redis.js';
import { projectRoot } from '../util/project-root.js';
import { freePort, RedisServer, Replica } from './cluster.js';

/**
 * The checks of `npm run cluster:test` and tests/integration/replicas.test.ts: Redis and two
 * replicas of the service (separate processes on their own ports, one Neo4j) behave as one
 * service. Each check throws with what it saw when it fails and returns a line saying what it
 * showed.
 */
export interface ClusterOptions {
  readonly neo4jUri: string;
  readonly neo4jUser: string;
  readonly neo4jPassword: string;
}

/** Requests per minute per client in the cluster: small, so that the rate check is quick. */
export const CLUSTER_RATE_LIMIT = 20;
const SECRET = `cluster-${randomUUID()}-${randomUUID()}`;

interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] } | null;
}

export class Cluster {
  private readonly config: Config;

  private constructor(
    readonly redis: RedisServer,
    readonly a: Replica,
    readonly b: Replica,
    readonly env: Record<string, string>,
  ) {
    this.config = loadConfig({ ...env, LOG_LEVEL: 'silent' });
  }

  static async start(options: ClusterOptions): Promise<Cluster> {
    const redis = await RedisServer.start();
    const env = {
      NEO4J_URI: options.neo4jUri,
      NEO4J_USER: options.neo4jUser,
      NEO4J_PASSWORD: options.neo4jPassword,
      REDIS_URL: redis.url,
      SEED_DEMO_DATA: 'false',
      AUTH_JWT_SECRET: SECRET,
      RATE_LIMIT_PER_MINUTE: String(CLUSTER_RATE_LIMIT),
    };
    const started: Replica[] = [];
    try {
      // One after the other: both apply the migrations at start.
      started.push(await Replica.start({ name: 'A', env }));
      started.push(await Replica.start({ name: 'B', env }));
    } catch (error) {
      await Promise.all(started.map((r) => r.stop()));
      await redis.stop();
      throw error;
    }
    return new Cluster(redis, started[0]!, started[1]!, env);
  }

  token(subject: string, role: 'member' | 'admin' = 'admin'): Promise<string> {
    return mintToken(this.config.auth, { sub: subject, role });
  }

  /** Posts an operation to a replica with a bearer token or an API key. */
  async gql(
    replica: Replica,
    query: string,
    variables: Record<string, unknown>,
    credentials: { token?: string; apiKey?: string },
  ): Promise<Answer> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (credentials.token) headers.authorization = `Bearer ${credentials.token}`;
    if (credentials.apiKey) headers['x-api-key'] = credentials.apiKey;
    const response = await fetch(`${replica.url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(10_000),
    });
    const text = await response.text();
    let body: Answer['body'] = null;
    try {
      body = JSON.parse(text) as Answer['body'];
    } catch {
      // Not JSON (a proxy's page, a cut connection): the status says enough.
    }
    return { status: response.status, body };
  }

  async stop(): Promise<void> {
    await Promise.all([this.a.stop(), this.b.stop()]);
    await this.redis.stop();
  }
}

const acknowledged = (answer: Answer) => answer.status === 200 && !answer.body?.errors?.length;

/** A subscription to new insights on replica A: what it received, and a wait for an id. */
async function insightsOnA(cluster: Cluster) {
  const controller = new AbortController();
  const response = await fetch(`${cluster.a.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'text/event-stream',
      authorization: `Bearer ${await cluster.token('cluster-listener')}`,
    },
    body: JSON.stringify({ query: 'subscription { insightAdded { id text } }' }),
    signal: controller.signal,
  });
  if (!response.headers.get('content-type')?.includes('text/event-stream')) {
    throw new Error(`no event stream from replica A: ${response.status}`);
  }
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const received: string[] = [];
  let buffer = '';
  const reading = (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const data = buffer
          .slice(0, end)
          .split('\n')
          .find((line) => line.startsWith('data:'));
        buffer = buffer.slice(end + 2);
        if (data && data.length > 6) received.push(data.slice(5));
      }
    }
  })();
  // Let replica A's subscription reach Redis before anything is published.
  await sleep(500);
  return {
    /** Milliseconds until an event about `id` arrived (within 5 s), or an error saying what did. */
    async waitFor(id: string): Promise<number> {
      const started = Date.now();
      while (!received.some((event) => event.includes(id)) && Date.now() - started < 5_000) await sleep(25);
      if (!received.some((event) => event.includes(id))) {
        throw new Error(
          `replica A's subscriber did not receive ${id}; it received ${JSON.stringify(received)}`,
        );
      }
      return Date.now() - started;
    },
    async close(): Promise<void> {
      controller.abort();
      await reader.cancel().catch(() => undefined);
      await reading;
    },
  };
}

/** A subscription on replica A receives an insight created through replica B. */
export async function checkLiveAcrossReplicas(cluster: Cluster): Promise<string> {
  const id = `cluster-live-${randomUUID()}`;
  const listener = await insightsOnA(cluster);
  try {
    const created = await cluster.gql(
      cluster.b,
      'mutation($input: CreateInsightInput!) { createInsight(input: $input) { id } }',
      { input: { id, text: 'Gedeeld tussen replica’s', kind: 'LESSON' } },
      { token: await cluster.token('cluster-writer') },
    );
    if (!acknowledged(created)) throw new Error(`createInsight on B failed: ${JSON.stringify(created)}`);
    const ms = await listener.waitFor(id);
    return `a subscriber on replica A received the insight created through replica B after ${ms} ms`;
  } finally {
    await listener.close();
  }
}

/**
 * An answer replica A keeps (whoKnows for a theme) is not used after a write through replica B
 * that changes it: B's write is told to A through Redis, and A reads the answer anew.
 */
export async function checkKeptAnswersAcrossReplicas(cluster: Cluster): Promise<string> {
  const run = randomUUID().slice(0, 8);
  const themeId = `cluster-theme-${run}`;
  const personId = `cluster-expert-${run}`;
  const token = await cluster.token('cluster-keeper');
  const write = async (query: string, variables: Record<string, unknown>) => {
    const answer = await cluster.gql(cluster.b, query, variables, { token });
    if (!acknowledged(answer)) throw new Error(`a write on B failed: ${JSON.stringify(answer)}`);
  };
  const expertsOnA = async (): Promise<string[]> => {
    const answer = await cluster.gql(
      cluster.a,
      'query($t: ID!) { whoKnows(themeId: $t, first: 5) { professional { id } } }',
      { t: themeId },
      { token },
    );
    if (!acknowledged(answer)) throw new Error(`whoKnows on A failed: ${JSON.stringify(answer)}`);
    const data = answer.body?.data as { whoKnows: { professional: { id: string } }[] };
    return data.whoKnows.map((m) => m.professional.id);
  };
  await write('mutation($i: CreateThemeInput!) { createTheme(input: $i) { id } }', {
    i: { id: themeId, name: `Gedeelde kennis ${run}` },
  });
  // Asked twice on A: the second answer is the kept one.
  for (let i = 0; i < 2; i++) {
    const before = await expertsOnA();
    if (before.length !== 0) throw new Error(`a new theme has experts on A: ${before.join(', ')}`);
  }
  await write('mutation($i: CreateProfessionalInput!) { createProfessional(input: $i) { id } }', {
    i: { id: personId, name: `Deskundige ${run}` },
  });
  const written = Date.now();
  await write('mutation($i: ConnectInput!) { connect(input: $i) { type } }', {
    i: { type: 'HAS_EXPERTISE', fromId: personId, toId: themeId },
  });
  const ms = await until(
    'replica A names the expert added through B',
    async () => (await expertsOnA()).includes(personId),
    1_000,
  );
  return `replica A named the expert added through replica B ${ms} ms after the write (${Date.now() - written} ms in all)`;
}

/**
 * `npm run import`, a process of its own with the cluster's REDIS_URL, announces the insights it
 * created to a subscriber on replica A; one it only updated is not news.
 */
export async function checkImportAnnouncedAcrossReplicas(cluster: Cluster): Promise<string> {
  const id = `cluster-import-${randomUUID()}`;
  const dir = await mkdtemp(join(tmpdir(), 'brein-import-'));
  const file = join(dir, 'insight.json');
  await writeFile(
    file,
    JSON.stringify({ nodes: [{ id, label: 'Insight', properties: { text: 'Ingelezen', kind: 'LESSON' } }] }),
  );
  const listener = await insightsOnA(cluster);
  try {
    const output = await importFile(cluster, file);
    if (!/^sent 1 /m.test(output)) throw new Error(`the import announced nothing: ${output}`);
    const ms = await listener.waitFor(id);
    const again = await importFile(cluster, file);
    if (/^sent \d+/m.test(again)) throw new Error(`an import that created nothing announced: ${again}`);
    return `a subscriber on replica A received the insight of npm run import after ${ms} ms`;
  } finally {
    await listener.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs the import script on a file with the cluster's settings; its output. */
function importFile(cluster: Cluster, file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(projectRoot(), 'src', 'cli', 'import.ts'), file],
      {
        env: { ...process.env, ...cluster.env, LOG_LEVEL: 'warn' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 25_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new Error(`npm run import ended with ${code}: ${output}`));
    });
  });
}

/** One client spends one budget, whichever replica its requests reach. */
export async function checkRateLimitAcrossReplicas(cluster: Cluster): Promise<string> {
  const token = await cluster.token(`cluster-rate-${randomUUID()}`);
  const statuses: { replica: string; status: number }[] = [];
  for (let i = 0; i < CLUSTER_RATE_LIMIT + 10; i++) {
    const replica = i % 2 === 0 ? cluster.a : cluster.b;
    const answer = await cluster.gql(replica, '{ __typename }', {}, { token });
    statuses.push({ replica: replica.name, status: answer.status });
  }
  const ok = statuses.filter((s) => s.status === 200).length;
  const limited = statuses.filter((s) => s.status === 429);
  if (ok !== CLUSTER_RATE_LIMIT || limited.length !== 10) {
    throw new Error(`expected ${CLUSTER_RATE_LIMIT} answers and 10 refusals: ${JSON.stringify(statuses)}`);
  }
  if (new Set(limited.map((s) => s.replica)).size !== 2) {
    throw new Error(`both replicas should refuse the client: ${JSON.stringify(statuses)}`);
  }
  return `a client with a budget of ${CLUSTER_RATE_LIMIT} a minute got ${ok} answers and then 429 from both replicas`;
}

/** A revoked API key stops working on every replica within a second. */
export async function checkRevocationAcrossReplicas(cluster: Cluster): Promise<string> {
  const logger = createLogger('silent');
  const services = connect(loadConfig({ ...cluster.env, LOG_LEVEL: 'silent' }), logger);
  try {
    const key = await issueApiKey(services.db, services.cypher, { name: 'cluster check', role: 'member' });
    for (const replica of [cluster.a, cluster.b]) {
      const answer = await cluster.gql(replica, '{ __typename }', {}, { apiKey: key });
      if (answer.status !== 200)
        throw new Error(`the new key was refused by ${replica.name}: ${answer.status}`);
    }
    // Both replicas now hold the key in their caches (a minute without the revocation message).
    const revoked = Date.now();
    await revokeApiKey(services.db, services.cypher, services.revocations, key);
    const stoppedAfter: Record<string, number> = {};
    for (const replica of [cluster.a, cluster.b]) {
      for (;;) {
        const answer = await cluster.gql(replica, '{ __typename }', {}, { apiKey: key });
        if (answer.status === 401) break;
        if (Date.now() - revoked > 1_000) throw new Error(`replica ${replica.name} still accepts the key`);
        await sleep(50);
      }
      stoppedAfter[replica.name] = Date.now() - revoked;
    }
    return `a revoked API key was refused by A after ${stoppedAfter.A} ms and by B after ${stoppedAfter.B} ms`;
  } finally {
    await services.db.close();
    await closeRedisConnections();
  }
}

async function until(what: string, condition: () => Promise<boolean>, ms: number): Promise<number> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > ms) throw new Error(`not within ${ms} ms: ${what}`);
    await sleep(100);
  }
  return Date.now() - started;
}

/** /readyz of each replica says 503 while Redis is away and 200 again once it is back. */
export async function checkReadinessFollowsRedis(cluster: Cluster): Promise<string> {
  const both = async (status: number) =>
    (await cluster.a.status('/readyz')) === status && (await cluster.b.status('/readyz')) === status;
  if (!(await both(200))) throw new Error('both replicas should be ready before Redis stops');
  await cluster.redis.stop();
  const down = await until('both replicas answer /readyz with 503', () => both(503), 5_000);
  if ((await cluster.a.status('/healthz')) !== 200) throw new Error('replica A should stay alive');
  await cluster.redis.start();
  const up = await until('both replicas answer /readyz with 200 again', () => both(200), 10_000);
  return `with Redis stopped both replicas answered /readyz 503 within ${down} ms, 200 again ${up} ms after it started`;
}

/** A replica that cannot reach Neo4j is alive but not ready. */
export async function checkReadinessFollowsNeo4j(cluster: Cluster): Promise<string> {
  const nowhere = `bolt://127.0.0.1:${await freePort()}`;
  const replica = await Replica.start({
    name: 'C',
    env: { ...cluster.env, NEO4J_URI: nowhere },
    awaitReady: false,
  });
  try {
    const ready = await replica.status('/readyz');
    if (ready !== 503) throw new Error(`a replica without Neo4j answered /readyz with ${ready}`);
    return 'a replica whose Neo4j is unreachable answers /healthz 200 and /readyz 503';
  } finally {
    await replica.stop();
  }
}

/**
 * Writers create insights through both replicas; replica B is killed (SIGKILL) in the middle.
 * Every write that was answered 200 must be in the database, and replica A keeps answering.
 */
export async function checkKillUnderWriteLoad(cluster: Cluster, writers = 6, ms = 3_000): Promise<string> {
  const run = randomUUID().slice(0, 8);
  const answered: { id: string; replica: string; afterKill: boolean }[] = [];
  let failedOnB = 0;
  let failedOnA = 0;
  let killed = false;
  let sequence = 0;
  const until = Date.now() + ms;
  const writer = async (w: number) => {
    let token = '';
    for (let n = 0; Date.now() < until; n++) {
      // A fresh client every few writes, so that no writer meets the rate limit.
      if (n % 10 === 0) token = await cluster.token(`cluster-writer-${run}-${w}-${n}`);
      const id = `cluster-${run}-${sequence++}`;
      const replica = n % 2 === 0 ? cluster.a : cluster.b;
      const afterKill = killed;
      try {
        const answer = await cluster.gql(
          replica,
          'mutation($input: CreateInsightInput!) { createInsight(input: $input) { id } }',
          { input: { id, text: `Schrijven onder belasting ${id}`, kind: 'LESSON' } },
          { token },
        );
        if (acknowledged(answer)) answered.push({ id, replica: replica.name, afterKill });
        else if (replica === cluster.a) failedOnA += 1;
      } catch {
        if (replica === cluster.a) failedOnA += 1;
        else failedOnB += 1;
      }
    }
  };
  const load = Promise.all(Array.from({ length: writers }, (_, w) => writer(w)));
  await sleep(ms / 2);
  await cluster.b.kill();
  killed = true;
  await load;

  const fromB = answered.filter((a) => a.replica === 'B').length;
  const fromAAfterKill = answered.filter((a) => a.replica === 'A' && a.afterKill).length;
  if (fromB === 0) throw new Error('no write was answered by replica B before it was killed');
  if (fromAAfterKill === 0) throw new Error('replica A answered no write after B was killed');
  if (failedOnA > 0) throw new Error(`replica A failed ${failedOnA} writes`);

  const ids = answered.map((a) => a.id);
  let found = 0;
  for (let i = 0; i < ids.length; i += 100) {
    const chunk = ids.slice(i, i + 100);
    const answer = await cluster.gql(
      cluster.a,
      'query($ids: [ID!]) { insights(first: 100, where: { id: { in: $ids } }) { totalCount } }',
      { ids: chunk },
      { token: await cluster.token(`cluster-reader-${run}-${i}`) },
    );
    if (!acknowledged(answer)) throw new Error(`reading back failed: ${JSON.stringify(answer)}`);
    found += (answer.body!.data!.insights as { totalCount: number }).totalCount;
  }
  if (found !== ids.length)
    throw new Error(`${ids.length - found} of ${ids.length} acknowledged writes are missing`);
  return (
    `${ids.length} writes answered 200 (${fromB} by replica B before SIGKILL, ${fromAAfterKill} by A after it), ` +
    `all ${found} in the database; ${failedOnB} writes to B failed once it was gone`
  );
}
