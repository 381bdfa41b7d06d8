import { append } from '../util/groups.js';
import type { PathRow } from './paths.js';

export interface Evidence<P = PathRow> {
  readonly target: string;
  readonly kind: string;
  readonly weight: number;
  readonly path: P;
}

export interface Ranked<P = PathRow> {
  readonly id: string;
  readonly score: number;
  readonly evidence: readonly Evidence<P>[];
}

/** Weight of each kind of evidence that a professional knows about a topic. */
export const EXPERTISE_WEIGHTS: Readonly<Record<string, number>> = {
  AUTHORED: 3,
  CONTRIBUTES_TO: 3,
  HAS_EXPERTISE: 2,
  INSIGHT_ABOUT: 2,
  WORKS_ON: 1.5,
  /** Holds the role the question asks for (procesbegeleider of an alliance, say). */
  ROLE: 2.5,
  /** The person's own headline or bio matches the question. */
  PROFILE: 1.5,
};

/** Weight of each way a practice answers a question (see cypher/recommend/ask-practices). */
export const PRACTICE_ANSWER_WEIGHTS: Readonly<Record<string, number>> = {
  MATCHES_QUESTION: 3,
  ANSWERS_BOTTLENECK: 2,
  INSIGHT_ON: 1.5,
  APPLIED_IN: 1,
  IN_THEME: 0.5,
};

/** Weight of each way an insight answers a question (see cypher/recommend/ask-insights). */
export const INSIGHT_ANSWER_WEIGHTS: Readonly<Record<string, number>> = {
  MATCHES_QUESTION: 3,
  ABOUT: 1.5,
  ABOUT_THEME: 0.5,
};

/** Bonus for declared expertise level on top of HAS_EXPERTISE. */
export const LEVEL_BONUS: Readonly<Record<string, number>> = { EXPERT: 1, ADVANCED: 0.5, BASIC: 0 };

/** Base weight of each kind of shared context or complementarity between two people. */
export const CONNECTION_WEIGHTS: Readonly<Record<string, number>> = {
  ADDRESSES_YOUR_BOTTLENECK: 3,
  SHARED_BOTTLENECK: 2,
  SHARED_PRACTICE: 1.5,
  SHARED_INITIATIVE: 1.5,
  SHARED_ORGANIZATION: 1,
  SHARED_ALLIANCE: 1,
  FRIEND_OF_FRIEND: 1,
  SHARED_EVENT: 0.8,
  SHARED_THEME: 0.8,
  SHARED_REGION: 0.1,
  /** A chain of three ties: weak, but it fills short lists and breaks ties among friends of friends. */
  THREE_STEPS: 0.1,
};

/** Weights of the weaker evidence of recommend/suggested-fallback, used only to fill a short list. */
export const FALLBACK_WEIGHTS: Readonly<Record<string, number>> = {
  ALLIANCE_THEME: 0.6,
  NEARBY: 0.3,
  CONNECTOR: 0.2,
};

/**
 * People of a region counted at most (recommend/suggested-fallback): a region with more counts as
 * this many, and its people are found through the id index instead of walking the region.
 */
export const NEARBY_CROWD = 1_000;

/** Nearby people's paths taken per region (recommend/suggested-fallback), first by id. */
export const NEARBY_PATHS = 100;

/** Rarity of a shared node, as in Adamic-Adar: a node with few ties says more than a hub. */
export function rarity(degree: number): number {
  return 1 / Math.log(2 + Math.max(0, degree));
}

/**
 * Sums evidence per target with diminishing returns (the n-th piece of the same kind counts 1/n),
 * so that one prolific kind cannot drown all others; ranks by score, then id, for a stable order.
 */
export function rank<P>(
  evidence: readonly Evidence<P>[],
  bonus: (id: string) => number = () => 0,
): Ranked<P>[] {
  const byTarget = new Map<string, Evidence<P>[]>();
  for (const e of evidence) append(byTarget, e.target, e);
  const ranked: Ranked<P>[] = [];
  for (const [id, list] of byTarget) {
    const sorted = [...list].sort((a, b) => b.weight - a.weight);
    const seen = new Map<string, number>();
    let score = 0;
    for (const e of sorted) {
      const n = (seen.get(e.kind) ?? 0) + 1;
      seen.set(e.kind, n);
      score += e.weight / n;
    }
    score *= 1 + bonus(id);
    ranked.push({ id, score: Math.round(score * 1000) / 1000, evidence: sorted });
  }
  return ranked.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Bonus for meeting across differences, applied by cypher/recommend/suggested-connections: another
 * sector (no organisation sector in common), another region, no alliance in common.
 */
export const BRIDGING_BONUS: Readonly<{ sector: number; region: number; alliance: number }> = {
  sector: 0.06,
  region: 0.04,
  alliance: 0.04,
};

/** The largest bridging bonus: only candidates within this factor of the k-th can reach the top k. */
export const MAX_BRIDGING_BONUS = BRIDGING_BONUS.sector + BRIDGING_BONUS.region + BRIDGING_BONUS.alliance;
