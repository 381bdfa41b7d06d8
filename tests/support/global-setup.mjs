// Chooses the Neo4j the tests run against: NEO4J_TEST_URI if set, else a testcontainers Neo4j when
// a Docker engine answers, else the project's local Neo4j (test instance, port 7688).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const LOCAL_TEST_PORT = '7688';

async function dockerContainer() {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
  } catch {
    return null;
  }
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  return new Neo4jContainer('neo4j:5.26-community').withPassword('testpassword').start();
}

export default async function globalSetup() {
  if (process.env.NEO4J_TEST_URI) {
    process.env.BREIN_TEST_NEO4J_URI = process.env.NEO4J_TEST_URI;
    return;
  }
  const container = await dockerContainer();
  if (container) {
    globalThis.__breinContainer = container;
    process.env.BREIN_TEST_NEO4J_URI = container.getBoltUri();
    process.env.NEO4J_TEST_USER = 'neo4j';
    process.env.NEO4J_TEST_PASSWORD = 'testpassword';
    return;
  }
  const script = fileURLToPath(new URL('../../tools/neo4j/db.sh', import.meta.url));
  const result = spawnSync('bash', [script, 'start', 'test', LOCAL_TEST_PORT], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('could not start the local test Neo4j');
  process.env.BREIN_TEST_NEO4J_URI = `bolt://127.0.0.1:${LOCAL_TEST_PORT}`;
}
