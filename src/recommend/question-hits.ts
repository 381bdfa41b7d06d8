/**
 * The topic nodes of a question chosen from the index's hits as recommend/_question-hits chooses
 * them inside a statement: hits of the given labels, not excluded, the best `topicHits` (ties by
 * id), weighted by score / best score, those below `minRelative` of the best left out. ask reads
 * the hits once (recommend/question-hits) and chooses for each of its three lists, instead of
 * sending the same full-text query three times.
 */
export interface IndexHit {
  readonly id: string;
  readonly label: string;
  readonly score: number;
}

export interface TopicHit {
  readonly id: string;
  readonly weight: number;
}

export function chooseHits(
  hits: readonly IndexHit[],
  labels: readonly string[],
  excludeIds: readonly string[],
  topicHits: number,
  minRelative: number,
): TopicHit[] {
  const excluded = new Set(excludeIds);
  const chosen = hits
    .filter((hit) => labels.includes(hit.label) && !excluded.has(hit.id))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, topicHits);
  const best = chosen[0]?.score;
  if (best === undefined || best <= 0) return [];
  return chosen
    .filter((hit) => hit.score >= minRelative * best)
    .map((hit) => ({ id: hit.id, weight: hit.score / best }));
}
