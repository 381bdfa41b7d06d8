import type { Viewer } from '../auth/viewer.js';
import { seenBy, visibleTo, workSeenBy } from '../auth/viewer.js';
import type { CypherLibrary } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import type { NodeRow } from '../db/rows.js';
import { AllianceRole, LearningCondition } from '../domain/enums.js';
import { expectLabels } from '../entities/expect-labels.js';
import { validateId } from '../entities/validation.js';
import { checkFirst, rankedMatches, type Match } from '../recommend/matches.js';
import { pathOf, type Lang, type PathRow, type ReasonRow } from '../recommend/paths.js';
import { reasonText } from '../recommend/reasons.js';

/** The four roles of a unit (MEMBER is not one of them). */
export const LEADING_ROLES = AllianceRole.filter((r) => r !== 'MEMBER');

/** Three or more alliances facing a bottleneck open: the seeds' signal of a system problem. */
export const SYSTEMIC_ALLIANCES = 3;

/** Weight of an insight by its kind, and by how it relates to the bottleneck. */
export const WORKING_ELEMENT_WEIGHTS = {
  kind: { WORKING_ELEMENT: 3, LESSON: 2, OBSERVATION: 1 },
  source: { ABOUT_IT: 1.5, FROM_PRACTICE: 1.2, FROM_ALLIANCE: 1 },
} as const;

export interface ConditionHealthRow {
  readonly condition: string;
  readonly score: number | null;
  readonly checkedOn: string | null;
  readonly previousScore: number | null;
  readonly trend: 'UP' | 'DOWN' | 'STEADY' | 'NEW' | null;
}

export interface RoleHolder {
  readonly role: string;
  readonly since: string | null;
  readonly until: string | null;
  readonly professional: NodeRow;
  readonly unitId: string;
}

export interface RoleGapRow {
  readonly unit: NodeRow;
  readonly missing: readonly string[];
  readonly holders: readonly RoleHolder[];
}

export interface FacingRow {
  readonly alliance: NodeRow;
  readonly bottleneckId: string;
  readonly status: string;
  readonly since: string | null;
  readonly note: string | null;
}

export interface SpreadRow {
  readonly bottleneckId: string;
  readonly systemic: boolean;
  readonly alliances: readonly FacingRow[];
  readonly reasons: readonly ReasonRow[];
}

/**
 * The seeds' structure read as answers: which units miss a role, how far a bottleneck has spread
 * over alliances, which working elements answer a bottleneck, and the sectors behind an insight.
 */
export class StructureService {
  constructor(
    private readonly db: Database,
    private readonly cypher: CypherLibrary,
  ) {
    for (const name of [
      'structure/role-gaps',
      'structure/bottleneck-spread',
      'structure/working-elements',
      'structure/provenance',
      'structure/question-askers',
      'structure/learning-health',
    ]) {
      cypher.get(name);
    }
  }

  async roleGaps(
    viewer: Viewer,
    level: string | null | undefined,
    today = new Date(),
  ): Promise<RoleGapRow[]> {
    const rows = await this.db.read(this.cypher.get('structure/role-gaps'), {
      level: level ?? null,
      roles: LEADING_ROLES,
      today: today.toISOString().slice(0, 10),
      visible: visibleTo(viewer),
    });
    return rows.map((r) => ({
      unit: r.unit as NodeRow,
      missing: r.missing as string[],
      holders: r.holders as RoleHolder[],
    }));
  }

  async bottleneckSpread(bottleneckId: string, lang: Lang): Promise<SpreadRow> {
    const id = validateId(bottleneckId, 'bottleneckId');
    await expectLabels(this.db, this.cypher, [[id, ['Bottleneck']]]);
    const rows = await this.db.read(this.cypher.get('structure/bottleneck-spread'), { id });
    const alliances: FacingRow[] = rows.map((r) => ({
      alliance: r.alliance as NodeRow,
      bottleneckId: id,
      status: String(r.status),
      since: (r.since as string | null) ?? null,
      note: (r.note as string | null) ?? null,
    }));
    const open = rows.filter((r) => r.status === 'OPEN');
    const reasons = rows.map((r): ReasonRow => {
      const kind = r.status === 'OPEN' ? 'FACES_OPEN' : 'FACED_ADDRESSED';
      const path: PathRow = pathOf(r);
      return { kind, text: reasonText(kind, path, lang), weight: r.status === 'OPEN' ? 1 : 0.5, path };
    });
    return { bottleneckId: id, systemic: open.length >= SYSTEMIC_ALLIANCES, alliances, reasons };
  }

  async workingElementsFor(
    viewer: Viewer,
    bottleneckId: string,
    firstArg: number | null | undefined,
    lang: Lang,
  ): Promise<Match[]> {
    const first = checkFirst(firstArg, 10);
    const id = validateId(bottleneckId, 'bottleneckId');
    await expectLabels(this.db, this.cypher, [[id, ['Bottleneck']]]);
    const rows = await this.db.read(this.cypher.get('structure/working-elements'), {
      id,
      kindWeights: WORKING_ELEMENT_WEIGHTS.kind,
      sourceWeights: WORKING_ELEMENT_WEIGHTS.source,
      seen: workSeenBy(viewer),
    });
    return rankedMatches(rows, first, lang);
  }

  /** The sectors behind insights, from the people the viewer may see and the recording alliances. */
  async provenance(viewer: Viewer, ids: readonly string[]): Promise<Map<string, string[]>> {
    const rows = await this.db.read(this.cypher.get('structure/provenance'), {
      ids,
      ...seenBy(viewer),
    });
    return new Map(rows.map((r) => [String(r.id), r.sectors as string[]]));
  }

  /** Per unit, the latest score of each of the five conditions and its trend since the one before. */
  async learningHealth(ids: readonly string[]): Promise<Map<string, ConditionHealthRow[]>> {
    const rows = await this.db.read(this.cypher.get('structure/learning-health'), {
      ids,
      conditions: LearningCondition,
    });
    const byUnit = new Map<string, ConditionHealthRow[]>();
    for (const r of rows) {
      const score = r.score === null || r.score === undefined ? null : Number(r.score);
      const previous =
        r.previousScore === null || r.previousScore === undefined ? null : Number(r.previousScore);
      const trend =
        score === null
          ? null
          : previous === null
            ? 'NEW'
            : score > previous
              ? 'UP'
              : score < previous
                ? 'DOWN'
                : 'STEADY';
      const list = byUnit.get(String(r.id)) ?? [];
      list.push({
        condition: String(r.condition),
        score,
        checkedOn: (r.checkedOn as string | null) ?? null,
        previousScore: previous,
        trend,
      });
      byUnit.set(String(r.id), list);
    }
    return byUnit;
  }

  /** The text of a question and who asks it, or null for an unknown question. */
  async question(id: string): Promise<{ text: string; askers: string[] } | null> {
    const rows = await this.db.read(this.cypher.get('structure/question-askers'), { id });
    return rows[0] ? { text: String(rows[0].text), askers: rows[0].askers as string[] } : null;
  }
}

/** The alliance's own status of a bottleneck it recorded: as stated on the tie (checked on write), else OPEN. */
export function facingStatus(properties: Readonly<Record<string, unknown>>): string {
  return (properties.status as string | null | undefined) ?? 'OPEN';
}
