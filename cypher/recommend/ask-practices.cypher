// Practices that answer a question: the practice is a hit itself (MATCHES_QUESTION), addresses a
// bottleneck that is a hit (ANSWERS_BOTTLENECK), is the subject of an insight that is a hit
// (INSIGHT_ON), is applied by an initiative that is a hit (APPLIED_IN), or belongs to a theme
// that is a hit (IN_THEME); at most 100 paths per hit and pattern.
// Parameters: $hits (the question's topic nodes: list of {id, weight}, chosen as
// recommend/_question-hits would choose them), $excludeIds, $kindWeights,
// $first, $reasons.
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
  WHERE x:Practice
  RETURN x AS pr, p, 'MATCHES_QUESTION' AS kind
  UNION ALL
  MATCH p = (pr:Practice)-[:ADDRESSES]->(x:Bottleneck)
  RETURN pr, p, 'ANSWERS_BOTTLENECK' AS kind LIMIT 100
  UNION ALL
  MATCH p = (pr:Practice)<-[:ABOUT]-(x:Insight)
  RETURN pr, p, 'INSIGHT_ON' AS kind LIMIT 100
  UNION ALL
  MATCH p = (pr:Practice)<-[:APPLIES]-(x:Initiative)
  RETURN pr, p, 'APPLIED_IN' AS kind LIMIT 100
  UNION ALL
  MATCH p = (pr:Practice)-[:IN_THEME]->(x:Theme)
  RETURN pr, p, 'IN_THEME' AS kind LIMIT 100
}
WITH pr AS target, p, kind, topicWeight
WHERE NOT target.id IN $excludeIds
WITH target, p, kind, coalesce($kindWeights[kind], 1.0) * topicWeight AS weight
{{> recommend/_ranked-answers}}
RETURN target.id AS id, score, target {.*, __label: 'Practice', createdAt: target.createdAt.epochMillis,
  updatedAt: target.updatedAt.epochMillis} AS node, reasons
ORDER BY score DESC, id
