import { BadInput } from '../errors.js';
import type { Lang, ReasonRow } from './paths.js';
import { reasonText } from './reasons.js';
import type { Ranked } from './scoring.js';

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

/** Turns ranked evidence into matches with their strongest reasons as sentences. */
export function explain(ranked: readonly Ranked[], lang: Lang): Match[] {
  return ranked.map((m) => ({
    id: m.id,
    score: m.score,
    reasons: m.evidence.slice(0, REASONS_PER_MATCH).map((e) => ({
      kind: e.kind,
      text: reasonText(e.kind, e.path, lang),
      weight: Math.round(e.weight * 1000) / 1000,
      path: e.path,
    })),
  }));
}
