import type { CypherLibrary } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import { maySee, type Viewer } from '../auth/viewer.js';
import { NotFound } from '../errors.js';
import type { NodeRow } from '../db/rows.js';

/**
 * Fails with NOT_FOUND unless each given id is a node of one of its labels and, when a viewer is
 * given, one the viewer may see (a hidden person is as unknown as one that does not exist: the
 * error says nothing more); ids given as null are skipped. One statement (entity/labels-of) for
 * all of them, none when nothing is given.
 */
export async function expectLabels(
  db: Database,
  cypher: CypherLibrary,
  expected: readonly [string | null, readonly string[]][],
  viewer?: Viewer,
): Promise<void> {
  const given = expected.filter((pair): pair is [string, readonly string[]] => pair[0] !== null);
  if (given.length === 0) return;
  const rows = await db.read(cypher.get('entity/labels-of'), { ids: given.map(([id]) => id) });
  const found = new Map(rows.map((r) => [String(r.id), r]));
  for (const [id, allowed] of given) {
    const row = found.get(id);
    const label = String(row?.label ?? '');
    const by = row?.by as NodeRow['__by'];
    const seen = !viewer || maySee(viewer, { __label: label, id, visibility: row?.visibility, __by: by });
    if (!allowed.includes(label) || !seen) throw new NotFound(allowed.join(' or '), id);
  }
}
