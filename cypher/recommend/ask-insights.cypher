// Insights that answer a question: the insight is a hit itself (MATCHES_QUESTION), or it is about
// a practice, initiative or bottleneck (ABOUT) or a theme (ABOUT_THEME) that is a hit; at most 100
// paths per hit and pattern.
// Parameters: $hits (the question's topic nodes: list of {id, weight}, chosen as
// recommend/_question-hits would choose them), $excludeIds, $kindWeights,
// $first, $reasons, $seen (an insight written by someone the viewer may not see is no answer:
// entity/_work-seen).
// Weight: kind weight x hit weight; scored and explained by recommend/_ranked-answers.
// Returns per answer, best first: id, score, node (the answer: its properties plus __label, times as
// epoch milliseconds, as entity/get-by-ids, so that showing it needs no statement), reasons (the
// strongest $reasons, with their paths).
CALL () {
  UNWIND $hits AS hit
  MATCH (x:Entity {id: hit.id})
  RETURN x, hit.weight AS topicWeight
}
// Each branch gives its own kind and distinct paths: UNION ALL, no paths compared.
CALL (x) {
  MATCH p = (x)
  WHERE x:Insight
  RETURN x AS i, p, 'MATCHES_QUESTION' AS kind
  UNION ALL
  MATCH p = (i:Insight)-[:ABOUT]->(x)
  WHERE NOT x:Theme
  RETURN i, p, 'ABOUT' AS kind LIMIT 100
  UNION ALL
  MATCH p = (i:Insight)-[:ABOUT]->(x:Theme)
  RETURN i, p, 'ABOUT_THEME' AS kind LIMIT 100
}
WITH i AS target, p, kind, topicWeight
WHERE NOT target.id IN $excludeIds AND all(work IN [target] WHERE {{> entity/_work-seen}})
WITH target, p, kind, coalesce($kindWeights[kind], 1.0) * topicWeight AS weight
{{> recommend/_ranked-answers}}
RETURN target.id AS id, score, target {.*, __label: 'Insight', createdAt: target.createdAt.epochMillis,
  updatedAt: target.updatedAt.epochMillis, __by: [work IN [target] | {{> entity/_by}}][0]} AS node, reasons
ORDER BY score DESC, id
