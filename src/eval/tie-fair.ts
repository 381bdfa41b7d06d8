/**
 * Tie-fair scoring of a ranking by score: the expected hit@k and reciprocal rank of a target when
 * candidates with equal scores are put in a uniformly random order, instead of an arbitrary
 * tie-break such as the id. A method is then neither rewarded nor punished by how the ids happen
 * to sort.
 *
 * With g candidates scoring strictly above the target and e candidates (the target included)
 * scoring equal to it, the target is equally likely at each of the positions g+1 .. g+e:
 *   P(hit@k) = clamp((k - g) / e, 0, 1)
 *   E[1 / rank, 0 beyond k] = (1 / e) * sum over r = g+1 .. min(g+e, k) of 1 / r
 */

/** Where the target stands among the candidates: how many score above it, how many tie with it. */
export interface TiePosition {
  /** Candidates scoring strictly above the target. */
  readonly above: number;
  /** Candidates scoring the same as the target, the target included (at least 1). */
  readonly tied: number;
}

/** Scores this close (relative to their size) are equal: sums of the same terms in another order. */
const RELATIVE_TOLERANCE = 1e-9;

export function sameScore(a: number, b: number): boolean {
  return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * The target's position given the positive scores of the candidates that have one (absent
 * candidates score 0) and the number of candidates in all. A target with score 0 ties with every
 * candidate that scores 0: all candidates minus those with a positive score. Null when the target
 * is not a candidate (it cannot be suggested at all).
 */
export function tiePosition(
  scores: ReadonlyMap<string, number>,
  candidateCount: number,
  target: string,
  targetIsCandidate: boolean,
): TiePosition | null {
  if (!targetIsCandidate) return null;
  const own = scores.get(target) ?? 0;
  let positive = 0;
  let above = 0;
  let tied = 0;
  for (const score of scores.values()) {
    if (!(score > 0)) continue;
    positive += 1;
    if (sameScore(score, own)) tied += 1;
    else if (score > own) above += 1;
  }
  if (!(own > 0)) tied = candidateCount - positive;
  if (tied < 1) throw new Error(`target ${target} is a candidate, yet no candidate ties with it`);
  return { above, tied };
}

/** P(the target is among the first k) when the tied candidates come in random order. */
export function tieFairHit(position: TiePosition, k: number): number {
  return Math.min(1, Math.max(0, (k - position.above) / position.tied));
}

/** E[1 / rank of the target], counting 0 beyond k, when the tied candidates come in random order. */
export function tieFairReciprocalRank(position: TiePosition, k: number): number {
  const last = Math.min(position.above + position.tied, k);
  let sum = 0;
  for (let rank = position.above + 1; rank <= last; rank++) sum += 1 / rank;
  return sum / position.tied;
}

/** Both expectations; 0 and 0 when the target is not a candidate. */
export function tieFairExpectation(
  position: TiePosition | null,
  k: number,
): { hit: number; reciprocalRank: number } {
  if (position === null) return { hit: 0, reciprocalRank: 0 };
  return { hit: tieFairHit(position, k), reciprocalRank: tieFairReciprocalRank(position, k) };
}
