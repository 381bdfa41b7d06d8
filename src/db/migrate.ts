import { createHash } from 'node:crypto';
import type { CypherLibrary } from './cypher.js';
import type { Database } from './database.js';
import type { Logger } from '../logger.js';

/**
 * Applies the files of cypher/migrations/ in name order, each once, and records each applied
 * file as a (:Migration) node. Statements inside a file end with ';'. Schema statements are
 * idempotent (IF NOT EXISTS), so a run cut off half-way can simply be repeated.
 * Returns the names applied by this run (empty when the database was up to date).
 */
export async function migrate(db: Database, cypher: CypherLibrary, logger: Logger): Promise<string[]> {
  await db.write(cypher.get('migration/ensure-constraint'));
  const applied = new Set((await db.read(cypher.get('migration/applied'))).map((row) => String(row.name)));
  const done: string[] = [];
  for (const name of cypher.namesIn('migrations')) {
    if (applied.has(name)) continue;
    const { text } = cypher.get(name);
    for (const statement of splitStatements(text)) {
      // Schema changes cannot share a transaction with data writes: one transaction each.
      await db.write({ name, text: statement });
    }
    await db.write(cypher.get('migration/record'), { name, checksum: checksum(text) });
    logger.info({ migration: name }, 'migration applied');
    done.push(name);
  }
  return done;
}

export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function checksum(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
