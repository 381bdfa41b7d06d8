import { withInstants } from '../db/values.js';
import { BadInput } from '../errors.js';
import { pathOf, type Lang, type PathRow, type ReasonRow } from './paths.js';
import { reasonText } from './reasons.js';
import { rank, type Evidence, type Ranked } from './scoring.js';

/** A ranked answer (a person, practice, alliance, ...) with the reasons for it. */
export interface Match {
  readonly id: string;
  readonly score: number;
  readonly reasons: readonly ReasonRow[];
}

const MAX_RESULTS = 100;
export const REASONS_PER_MATCH = 3;

export function checkFirst(first: number | null | undefined, fallback: number): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 0 || n > MAX_RESULTS) {
    throw new BadInput('first', `'first' must be between 0 and ${MAX_RESULTS}`);
  }
  return n;
}

/**
 * Rows of an evidence statement (target, kind, weight, nodes, edges) ranked and explained: the
 * first `first` matches with their strongest reasons.
 */
export function rankedMatches(
  rows: readonly Record<string, unknown>[],
  first: number,
  lang: Lang,
  weightOf: (row: Record<string, unknown>) => number = (row) => Number(row.weight),
): Match[] {
  const evidence: Evidence[] = rows.map((r) => ({
    target: String(r.target),
    kind: String(r.kind),
    weight: weightOf(r),
    path: pathOf(r),
  }));
  return explain(rank(evidence).slice(0, first), lang);
}

/** A piece of evidence as recommend/_strongest-reasons projects it. */
interface ReasonPiece {
  readonly kind: string;
  readonly weight: number;
  readonly nodes: PathRow['nodes'];
  readonly edges: PathRow['edges'];
}

/**
 * Rows of a statement that ranks in the database (id, score, reasons: its strongest pieces of
 * evidence with their paths) as matches, in the rows' order.
 */
export function rankedRows(rows: readonly Record<string, unknown>[], lang: Lang): Match[] {
  const ranked: Ranked[] = rows.map((row) => {
    const id = String(row.id);
    return {
      id,
      score: Number(row.score),
      evidence: (row.reasons as ReasonPiece[]).map((r) => ({
        target: id,
        kind: r.kind,
        weight: Number(r.weight),
        path: {
          nodes: r.nodes.map(withInstants),
          // the rows are this request's own: their maps are written in place
          edges: r.edges.map((edge) => (edge.properties && withInstants(edge.properties), edge)),
        },
      })),
    };
  });
  return explain(ranked, lang);
}

/**
 * Turns ranked evidence into matches with their strongest reasons as sentences. Evidence that
 * reads the same (one shared initiative reached by two ties) is said once, by its strongest path.
 */
export function explain(ranked: readonly Ranked[], lang: Lang): Match[] {
  return ranked.map((m) => {
    const reasons: ReasonRow[] = [];
    const said = new Set<string>();
    for (const e of m.evidence) {
      if (reasons.length === REASONS_PER_MATCH) break;
      const text = reasonText(e.kind, e.path, lang);
      if (said.has(text)) continue;
      said.add(text);
      reasons.push({ kind: e.kind, text, weight: Math.round(e.weight * 1000) / 1000, path: e.path });
    }
    return { id: m.id, score: m.score, reasons };
  });
}
