import { visibleTo, type Viewer } from '../auth/viewer.js';
import type { CypherLibrary } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import type { Change } from './service.js';

export interface AllianceChangeRow {
  readonly allianceId: string;
  readonly at: string;
}

/**
 * Whether a change concerns this alliance for this viewer: a tie made or removed with the
 * alliance at one end (members, partners, themes, bottlenecks and their status, insights, parts)
 * whose other end the viewer may see. A page that shows the alliance asks again on it; the event
 * itself carries nothing but the alliance and the time, and a change that involves a hidden
 * person or their work is not announced to someone who may not see them.
 */
export async function allianceChangeFor(
  db: Database,
  cypher: CypherLibrary,
  viewer: Viewer,
  change: Change,
  allianceId: string,
): Promise<AllianceChangeRow | null> {
  if (change.kind !== 'tie' || (change.fromId !== allianceId && change.toId !== allianceId)) return null;
  const rows = await db.read(cypher.get('live/tie-visible'), {
    ids: [change.fromId, change.toId],
    visible: visibleTo(viewer),
  });
  if (rows[0]?.visible !== true) return null;
  return { allianceId, at: new Date().toISOString() };
}
