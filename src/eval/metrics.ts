/**
 * Link-prediction metrics for the offline evaluation.
 *
 * A hidden tie a–b is scored from both ends: a's list should contain b, and b's list should contain
 * a. Each end is one case. hit@k is the share of cases whose hidden partner is in the person's
 * first k suggestions; MRR is the mean over cases of 1 / (rank of the partner), counted as 0 when
 * the partner is not in the first k. Other hidden partners of the same person are not removed from
 * the list ("raw" ranks), so a person with two hidden ties can have both at rank 1 and 2.
 */

/** 1-based position of the target among the first k items, or 0 when it is not there. */
export function rankOf(ranked: readonly string[], target: string, k: number): number {
  const index = ranked.slice(0, k).indexOf(target);
  return index < 0 ? 0 : index + 1;
}

/** Share of the targets found among the first k items (0 when there are no targets). */
export function hitAtK(ranked: readonly string[], targets: readonly string[], k: number): number {
  if (targets.length === 0) return 0;
  return targets.filter((t) => rankOf(ranked, t, k) > 0).length / targets.length;
}

/** 1 / rank of the target among the first k items, 0 when absent. */
export function reciprocalRank(ranked: readonly string[], target: string, k: number): number {
  const rank = rankOf(ranked, target, k);
  return rank === 0 ? 0 : 1 / rank;
}

export interface RankingScore {
  /** People with at least one hidden tie (each asked once). */
  readonly people: number;
  /** Hidden ties, each counted once. */
  readonly hiddenTies: number;
  /** Ends of hidden ties scored: twice the hidden ties. */
  readonly cases: number;
  readonly hits: number;
  readonly hitAtK: number;
  readonly mrr: number;
}

/** Both ends of every tie, grouped by person: person → the partners they should be offered. */
export function casesByPerson(ties: readonly (readonly [string, string])[]): Map<string, string[]> {
  const byPerson = new Map<string, string[]>();
  const add = (person: string, partner: string) => {
    const list = byPerson.get(person);
    if (list) list.push(partner);
    else byPerson.set(person, [partner]);
  };
  for (const [a, b] of ties) {
    add(a, b);
    add(b, a);
  }
  return byPerson;
}

/** Scores the ranked suggestions per person against the hidden partners per person. */
export function scoreRankings(
  hidden: ReadonlyMap<string, readonly string[]>,
  rankings: ReadonlyMap<string, readonly string[]>,
  k: number,
): RankingScore {
  let cases = 0;
  let hits = 0;
  let reciprocal = 0;
  for (const [person, partners] of hidden) {
    const ranked = rankings.get(person) ?? [];
    for (const partner of partners) {
      cases += 1;
      if (rankOf(ranked, partner, k) > 0) hits += 1;
      reciprocal += reciprocalRank(ranked, partner, k);
    }
  }
  return {
    people: hidden.size,
    hiddenTies: cases / 2,
    cases,
    hits,
    hitAtK: cases === 0 ? 0 : hits / cases,
    mrr: cases === 0 ? 0 : reciprocal / cases,
  };
}
