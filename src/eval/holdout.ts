import { Random } from '../generate/random.js';
import type { GraphData, RelationshipInput } from '../importing/graph-import.js';

export interface Holdout {
  /** The graph without the hidden ties: what gets imported. */
  readonly visible: GraphData;
  /** The hidden KNOWS ties as [from, to]. */
  readonly hidden: [string, string][];
  readonly knowsTies: number;
}

/**
 * Hides a seeded random share of the KNOWS ties (at least one when there are any) by leaving them
 * out of the data; everything else is kept as it is.
 */
export function hideKnowsTies(data: GraphData, fraction: number, seed: number): Holdout {
  const relationships = data.relationships ?? [];
  const knows = relationships.filter((r) => r.type === 'KNOWS');
  const count = knows.length === 0 ? 0 : Math.max(1, Math.round(knows.length * fraction));
  const hiddenSet = new Set<RelationshipInput>(new Random(seed).shuffled(knows).slice(0, count));
  return {
    visible: { nodes: data.nodes ?? [], relationships: relationships.filter((r) => !hiddenSet.has(r)) },
    hidden: knows.filter((r) => hiddenSet.has(r)).map((r) => [String(r.from), String(r.to)]),
    knowsTies: knows.length,
  };
}
