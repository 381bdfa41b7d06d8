// Stops a testcontainers Neo4j; the local test Neo4j keeps running for the next run
// (`bash tools/neo4j/db.sh stop test` stops it).
export default async function globalTeardown() {
  if (globalThis.__breinContainer) await globalThis.__breinContainer.stop();
}
