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
} from '../../src/ops/cluster-checks.js';

/**
 * Two replicas of the service in processes of their own, sharing the test Neo4j and a Redis
 * (Debian's redis-server, started and stopped here), behave as one service.
 */
describe('two replicas sharing Redis', () => {
  let cluster: Cluster;
  beforeAll(async () => {
    const uri = process.env.BREIN_TEST_NEO4J_URI;
    if (!uri) throw new Error('BREIN_TEST_NEO4J_URI is not set: run the tests through jest (global setup)');
    cluster = await Cluster.start({
      neo4jUri: uri,
      neo4jUser: process.env.NEO4J_TEST_USER ?? 'neo4j',
      neo4jPassword: process.env.NEO4J_TEST_PASSWORD ?? 'neo4j',
    });
  }, 240_000);
  afterAll(async () => {
    await cluster?.stop();
  }, 30_000);

  it('delivers an insight created through replica B to a subscriber on replica A', async () => {
    expect(await checkLiveAcrossReplicas(cluster)).toMatch(/received/);
  });

  it('delivers the insights of npm run import, a process of its own, to a subscriber on replica A', async () => {
    expect(await checkImportAnnouncedAcrossReplicas(cluster)).toMatch(/received/);
  }, 60_000);

  it('does not answer from what replica A kept after a write through replica B', async () => {
    expect(await checkKeptAnswersAcrossReplicas(cluster)).toMatch(/named the expert/);
  });

  it('holds a client to one rate limit across both replicas', async () => {
    expect(await checkRateLimitAcrossReplicas(cluster)).toMatch(/429 from both/);
  });

  it('stops a revoked API key on every replica within a second', async () => {
    expect(await checkRevocationAcrossReplicas(cluster)).toMatch(/refused by A/);
  });

  it('answers /readyz 503 while Redis is away and 200 once it is back', async () => {
    expect(await checkReadinessFollowsRedis(cluster)).toMatch(/503/);
  }, 30_000);

  it('answers /readyz 503 while Neo4j is unreachable', async () => {
    expect(await checkReadinessFollowsNeo4j(cluster)).toMatch(/503/);
  }, 60_000);

  it('loses no acknowledged write when a replica is killed under load, and the other keeps answering', async () => {
    expect(await checkKillUnderWriteLoad(cluster)).toMatch(/all \d+ in the database/);
  }, 60_000);
});
