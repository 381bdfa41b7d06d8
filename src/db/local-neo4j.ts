import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Logger } from '../logger.js';
import { projectRoot } from '../util/project-root.js';

/**
 * Starts the project's own Neo4j (tools/neo4j/db.sh: provisioned with Maven, embedded, Bolt on
 * 127.0.0.1) unless it already runs, and returns its Bolt URI.
 */
export function startLocalNeo4j(instance: 'dev' | 'test', port: number, logger: Logger): string {
  logger.info({ instance, port }, 'starting the local Neo4j');
  const script = join(projectRoot(), 'tools', 'neo4j', 'db.sh');
  const result = spawnSync('bash', [script, 'start', instance, String(port)], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`the local Neo4j did not start (exit ${result.status})`);
  return `bolt://127.0.0.1:${port}`;
}
