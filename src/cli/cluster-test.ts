import { readArgs } from './args.js';
import { loadConfig } from '../config.js';
import { startLocalNeo4j } from '../db/local-neo4j.js';
import { createLogger } from '../logger.js';
import {
  checkImportAnnouncedAcrossReplicas,
  checkKeptAnswersAcrossReplicas,
  checkKillUnderWriteLoad,
  checkLiveAcrossReplicas,
  checkRateLimitAcrossReplicas,
  checkReadinessFollowsNeo4j,
  checkReadinessFollowsRedis,
  checkRevocationAcrossReplicas,
  Cluster,
} from '../ops/cluster-checks.js';

/**
 * npm run cluster:test: starts Redis (Debian's redis-server) and two replicas of the service in
 * processes of their own, on NEO4J_URI (else the project's local test Neo4j), and shows that
 * they act as one service (src/ops/cluster-checks.ts). Exits 1 when a check fails.
 */
readArgs(
  `usage: npm run cluster:test
Starts Redis (Debian's redis-server) and two replicas of the service on NEO4J_URI (else the
project's local test Neo4j) and checks that they act as one service: live events (also of
npm run import), rate limits and
key revocations across replicas, /readyz following Redis and Neo4j, and no acknowledged write lost
when a replica is killed under write load. Exits 1 when a check fails.`,
  {},
);
const config = loadConfig();
const logger = createLogger('warn');
const cluster = await Cluster.start({
  neo4jUri: config.neo4j.uri ?? startLocalNeo4j('test', 7688, logger),
  neo4jUser: config.neo4j.user,
  neo4jPassword: config.neo4j.password,
});
process.stdout.write(`redis ${cluster.redis.url}, replica A ${cluster.a.url}, replica B ${cluster.b.url}\n`);
const checks = [
  checkLiveAcrossReplicas,
  checkImportAnnouncedAcrossReplicas,
  checkKeptAnswersAcrossReplicas,
  checkRateLimitAcrossReplicas,
  checkRevocationAcrossReplicas,
  checkReadinessFollowsRedis,
  checkReadinessFollowsNeo4j,
  checkKillUnderWriteLoad,
];
let failed = 0;
try {
  for (const check of checks) {
    try {
      process.stdout.write(`ok   ${await check(cluster)}\n`);
    } catch (error) {
      failed += 1;
      process.stdout.write(`FAIL ${check.name}: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
} finally {
  await cluster.stop();
}
process.exit(failed ? 1 : 0);
