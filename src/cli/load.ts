import { readArgs, wholeNumber } from './args.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { asOneClient } from './one-client.js';
import { loadConfig } from '../config.js';
import { startLocalServer } from '../ops/local-server.js';
import { projectRoot } from '../util/project-root.js';

/**
 * npm run load -- [--seconds 20] [--connections 10]: a mixed read/write load (autocannon) on the
 * real service at 127.0.0.1 over the configured Neo4j (the local one without NEO4J_URI).
 * Four in five requests read (nested list, search, recommendation, node), one in five writes an
 * insight. Results go to bench/results/load-<date>.json.
 */
const USAGE = `usage: npm run load -- [--seconds 20] [--connections 10]
A mixed read/write load (four reads to one insight written) on the real service over the configured
Neo4j (NEO4J_URI, else the local one). Results: bench/results/load-<date>.json.
  --seconds N         how long (default 20)
  --connections N     concurrent connections (default 10)`;

const { values } = readArgs(USAGE, {
  options: { seconds: { type: 'string', default: '20' }, connections: { type: 'string', default: '10' } },
});
// The load generator is one client: the per-client rate limit would only measure itself.
const config = asOneClient(loadConfig());
const server = await startLocalServer(config);

const READS = [
  '{ professionals(first: 20) { edges { node { name memberships { role alliance { name } } } } } }',
  '{ search(text: "inclusie", first: 10) { score node { id } } }',
  '{ suggestedConnections(professionalId: "prof-jeroen-bakker", first: 5) { score professional { name } } }',
  '{ alliance(id: "alliance-ma-inclusie") { name insights { text } bottlenecks { title } } }',
];
let counter = 0;
const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });

try {
  const result = await autocannon({
    url: `${server.url}/graphql`,
    connections: wholeNumber(USAGE, 'connections', values.connections, 1),
    duration: wholeNumber(USAGE, 'seconds', values.seconds, 1),
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.adminToken}` },
    requests: [
      {
        setupRequest: (request) => {
          counter += 1;
          if (counter % 5 === 0) {
            return {
              ...request,
              body: body('mutation($i: CreateInsightInput!) { createInsight(input: $i) { id } }', {
                i: {
                  id: `load-insight-${Date.now()}-${counter}`,
                  text: 'Belastingtest: een les.',
                  kind: 'LESSON',
                },
              }),
            };
          }
          return { ...request, body: body(READS[counter % READS.length]!) };
        },
      },
    ],
  });
  const summary = {
    date: new Date().toISOString(),
    seconds: Number(values.seconds),
    connections: wholeNumber(USAGE, 'connections', values.connections, 1),
    requests: result.requests.total,
    throughputPerSecond: result.requests.average,
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
  const dir = join(projectRoot(), 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `load-${summary.date.slice(0, 10)}.json`);
  writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\nwritten to ${file}\n`);
} finally {
  await server.close();
}
