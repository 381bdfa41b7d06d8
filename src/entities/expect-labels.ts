import type { CypherLibrary } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import { NotFound } from '../errors.js';

/**
 * Fails with NOT_FOUND unless each given id is a node of one of its labels; ids given as null are
 * skipped. One statement (entity/labels-of) for all of them, none when nothing is given.
 */
export async function expectLabels(
  db: Database,
  cypher: CypherLibrary,
  expected: readonly [string | null, readonly string[]][],
): Promise<void> {
  const given = expected.filter((pair): pair is [string, readonly string[]] => pair[0] !== null);
  if (given.length === 0) return;
  const rows = await db.read(cypher.get('entity/labels-of'), { ids: given.map(([id]) => id) });
  const labels = new Map(rows.map((r) => [String(r.id), String(r.label)]));
  for (const [id, allowed] of given) {
    if (!allowed.includes(labels.get(id) ?? '')) throw new NotFound(allowed.join(' or '), id);
  }
}
