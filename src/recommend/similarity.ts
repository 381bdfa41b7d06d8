import type { CypherLibrary } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import { expectLabels } from '../entities/expect-labels.js';
import { validateId } from '../entities/validation.js';
import type { Viewer } from '../graphql/context.js';
import { checkFirst, explain, rankedMatches, type Match } from './matches.js';
import { pathOf, visibleTo, type Lang } from './paths.js';
import { rank, rarity, type Evidence } from './scoring.js';

export interface AllianceOverlapRow extends Match {
  readonly sharedBottleneckIds: readonly string[];
  readonly sharedThemeIds: readonly string[];
}

/** Weights of what two alliances, or two practices/initiatives, can have in common. */
export const OVERLAP_WEIGHTS: Readonly<Record<string, number>> = {
  BOTTLENECK_IN_COMMON: 2,
  THEME_IN_COMMON: 1,
  SAME_BOTTLENECK: 2,
  SAME_CONTRIBUTOR: 1.5,
  APPLIED_TOGETHER: 1.5,
  SAME_THEME: 1,
};

/** "What does an alliance share with others?" and "what is like this practice?". */
export class SimilarityService {
  constructor(
    private readonly db: Database,
    private readonly cypher: CypherLibrary,
  ) {
    cypher.get('recommend/alliances-sharing-bottlenecks');
    cypher.get('recommend/similar');
    cypher.get('entity/labels-of');
  }

  async alliancesSharingBottlenecks(
    allianceId: string,
    firstArg: number | null | undefined,
    lang: Lang,
  ): Promise<AllianceOverlapRow[]> {
    const first = checkFirst(firstArg, 10);
    const id = validateId(allianceId, 'allianceId');
    await expectLabels(this.db, this.cypher, [[id, ['Alliance']]]);
    const rows = await this.db.read(this.cypher.get('recommend/alliances-sharing-bottlenecks'), { id });
    const shared = new Map<string, { bottlenecks: Set<string>; themes: Set<string> }>();
    const evidence: Evidence[] = rows.map((r) => {
      const target = String(r.alliance);
      const entry = shared.get(target) ?? { bottlenecks: new Set(), themes: new Set() };
      (r.kind === 'BOTTLENECK_IN_COMMON' ? entry.bottlenecks : entry.themes).add(String(r.shared));
      shared.set(target, entry);
      return { target, kind: String(r.kind), weight: weightOf(r), path: pathOf(r) };
    });
    return explain(rank(evidence).slice(0, first), lang).map((m) => ({
      ...m,
      sharedBottleneckIds: [...(shared.get(m.id)?.bottlenecks ?? [])],
      sharedThemeIds: [...(shared.get(m.id)?.themes ?? [])],
    }));
  }

  async similar(
    viewer: Viewer,
    nodeId: string,
    firstArg: number | null | undefined,
    lang: Lang,
  ): Promise<Match[]> {
    const first = checkFirst(firstArg, 10);
    const id = validateId(nodeId);
    await expectLabels(this.db, this.cypher, [[id, ['Practice', 'Initiative']]]);
    const rows = await this.db.read(this.cypher.get('recommend/similar'), { id, visible: visibleTo(viewer) });
    return rankedMatches(rows, first, lang, weightOf);
  }
}

function weightOf(row: Record<string, unknown>): number {
  return (OVERLAP_WEIGHTS[String(row.kind)] ?? 1) * rarity(Number(row.degree));
}
